using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.Sending;
using Bootcamp.Shared.Input;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bootcamp.Mail;

/// <summary>
/// Writes a pending row with one INSERT … ON CONFLICT DO NOTHING: the unique index on the deduplication key makes a
/// repeated enqueue a no-op, even when several callers (or Host instances) race.
/// </summary>
internal sealed partial class MailQueue(
    NpgsqlDataSource dataSource, TimeProvider clock, MailSignal signal, SentMailRedaction redaction, PrivacyFooter footer,
    Microsoft.Extensions.Options.IOptions<Texting.TextMessageOptions> texts, ILogger<MailQueue> logger)
    : IMailQueue, ITextMessageQueue
{
    internal const int MaxSubjectLength = 500;
    internal const int MaxCategoryLength = 100;
    internal const int MaxDeduplicationKeyLength = 300;
    internal const int MaxAddressLength = 320;
    internal const int MaxNameLength = 200;

    private const string InsertSql =
        "INSERT INTO " + MailDbContext.SchemaName + "." + MailDbContext.TableName + " " +
        "(id, to_address, to_name, subject, text_body, html_body, culture, category, deduplication_key, status, attempts, " +
        "next_attempt_at, last_error, created_at, attachments, channel) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12, $11, $13, $14) ON CONFLICT DO NOTHING";

    public bool Enabled => texts.Value.IsUsable;

    public async Task EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentException.ThrowIfNullOrWhiteSpace(mail.To, nameof(mail));
        ArgumentException.ThrowIfNullOrWhiteSpace(mail.Category, nameof(mail));
        ArgumentNullException.ThrowIfNull(mail.Subject, nameof(mail));
        ArgumentNullException.ThrowIfNull(mail.TextBody, nameof(mail));
        foreach (var attachment in mail.Attachments ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(attachment.FileName, nameof(mail));
            ArgumentException.ThrowIfNullOrWhiteSpace(attachment.ContentType, nameof(mail));
            ArgumentNullException.ThrowIfNull(attachment.Content, nameof(mail));
        }
        if (mail.Category.Length > MaxCategoryLength)
        {
            throw new ArgumentException($"The mail category must be at most {MaxCategoryLength} characters.", nameof(mail));
        }

        if (mail.DeduplicationKey is { Length: > MaxDeduplicationKeyLength })
        {
            throw new ArgumentException($"The deduplication key must be at most {MaxDeduplicationKeyLength} characters.", nameof(mail));
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var to = mail.To.Trim();

        // Forms check addresses with the same rule, so this is a caller that skipped it (or an address stored before the
        // rule): not the caller's failure. The row is kept, marked failed with the reason, so an admin sees it, and the
        // caller's transaction is not rolled back over it. Never sent, it keeps no private link either.
        var invalid = !MailAddressInput.IsValid(to);
        var status = invalid ? MailStatus.Failed : MailStatus.Pending;
        var lastError = invalid ? "Invalid recipient address; the mail was not sent." : null;
        var html = mail.HtmlBody ?? MailCulture.Render(mail.Culture, () => MailContent.HtmlFromText(mail.TextBody, mail.Subject));
        var (textBody, htmlBody) = footer.Append(mail.TextBody, html, mail.Culture);
        var attachments = StoredAttachment.Serialize(mail.Attachments);
        if (invalid)
        {
            (textBody, htmlBody) = redaction.Redact(textBody, htmlBody, mail.Culture);
            attachments = StoredAttachment.WithoutContent(attachments);
        }

        await InsertAsync(
            new Row(id, MessageChannel.Email, Truncate(to, MaxAddressLength)!, Truncate(SingleLine(mail.ToName), MaxNameLength),
                Truncate(SingleLine(mail.Subject), MaxSubjectLength)!, textBody, htmlBody, mail.Culture, mail.Category, mail.DeduplicationKey,
                status, lastError, attachments, now),
            invalid, cancellationToken);
    }

    /// <summary>A text goes through the same queue: the same deduplication, retries, redaction once sent and retention. It
    /// carries no footer (the notice is in every mail) and is held to the segments allowed.</summary>
    public async Task EnqueueAsync(OutgoingTextMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Category, nameof(message));
        if (message.DeduplicationKey is { Length: > MaxDeduplicationKeyLength })
        {
            throw new ArgumentException($"The deduplication key must be at most {MaxDeduplicationKeyLength} characters.", nameof(message));
        }

        if (!Enabled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var number = Texting.TextMessageRules.Normalize(message.ToPhone);
        var segments = Math.Max(1, texts.Value.MaxSegments);
        var text = message.Text.Length > Texting.TextMessageRules.Capacity(message.Text, segments)
            ? Texting.TextMessageRules.Fit(message.Text, null, segments)
            : message.Text;
        var invalid = number is null;
        if (invalid)
        {
            (text, _) = redaction.Redact(text, null, message.Culture);
        }

        await InsertAsync(
            new Row(id, MessageChannel.Sms, number ?? Truncate(SingleLine(message.ToPhone), MaxAddressLength) ?? "", null, "", text, null,
                message.Culture, message.Category, message.DeduplicationKey,
                invalid ? MailStatus.Failed : MailStatus.Pending, invalid ? "Not a phone number that can receive texts; not sent." : null, null, now),
            invalid, cancellationToken);
    }

    private sealed record Row(
        Guid Id, MessageChannel Channel, string To, string? ToName, string Subject, string Text, string? Html, string Culture, string Category,
        string? DeduplicationKey, MailStatus Status, string? LastError, string? Attachments, DateTimeOffset Now);

    private async Task InsertAsync(Row row, bool invalid, CancellationToken cancellationToken)
    {
        // Inside a command's transaction the row commits with the change that caused the mail, or not at all.
        await using var command = AmbientTransaction.Current is NpgsqlTransaction { Connection: { } connection } transaction
            ? new NpgsqlCommand(InsertSql, connection, transaction)
            : dataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter { Value = row.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = row.To });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.ToName ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Subject });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.Html ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = MailCulture.Normalize(row.Culture) });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Category });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.DeduplicationKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Status.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Now });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.LastError ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.Attachments ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Channel.ToString() });
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken);

        if (inserted == 0)
        {
            LogDuplicate(row.Category);
        }
        else if (invalid)
        {
            LogInvalidAddress(row.Id, row.Category);
        }
        else
        {
            LogQueued(row.Id, row.Category);
            signal.Notify();
        }
    }

    // Header values: a CR or LF would be header injection (and SmtpClient rejects it).
    private static string? SingleLine(string? value) =>
        value?.ReplaceLineEndings(" ").Trim();

    private static string? Truncate(string? value, int length) =>
        value is not null && value.Length > length ? value[..length] : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Id} ({Category}) queued")]
    private partial void LogQueued(Guid id, string category);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail ({Category}) already queued under the same deduplication key; ignored")]
    private partial void LogDuplicate(string category);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Category}) has an invalid recipient address; stored as Failed")]
    private partial void LogInvalidAddress(Guid id, string category);
}
