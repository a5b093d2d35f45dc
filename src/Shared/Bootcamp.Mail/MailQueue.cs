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
    NpgsqlDataSource dataSource, TimeProvider clock, MailSignal signal, SentMailRedaction redaction, PrivacyFooter footer, ILogger<MailQueue> logger)
    : IMailQueue
{
    internal const int MaxSubjectLength = 500;
    internal const int MaxCategoryLength = 100;
    internal const int MaxDeduplicationKeyLength = 300;
    internal const int MaxAddressLength = 320;
    internal const int MaxNameLength = 200;

    private const string InsertSql =
        "INSERT INTO " + MailDbContext.SchemaName + "." + MailDbContext.TableName + " " +
        "(id, to_address, to_name, subject, text_body, html_body, culture, category, deduplication_key, status, attempts, " +
        "next_attempt_at, last_error, created_at, attachments) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12, $11, $13) ON CONFLICT DO NOTHING";

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

        // Inside a command's transaction the row commits with the change that caused the mail, or not at all.
        await using var command = AmbientTransaction.Current is NpgsqlTransaction { Connection: { } connection } transaction
            ? new NpgsqlCommand(InsertSql, connection, transaction)
            : dataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(to, MaxAddressLength) });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Truncate(SingleLine(mail.ToName), MaxNameLength) ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(SingleLine(mail.Subject), MaxSubjectLength)! });
        command.Parameters.Add(new NpgsqlParameter { Value = textBody });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)htmlBody ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = MailCulture.Normalize(mail.Culture) });
        command.Parameters.Add(new NpgsqlParameter { Value = mail.Category });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)mail.DeduplicationKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = status.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)lastError ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)attachments ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb });
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken);

        if (inserted == 0)
        {
            LogDuplicate(mail.Category);
        }
        else if (invalid)
        {
            LogInvalidAddress(id, mail.Category);
        }
        else
        {
            LogQueued(id, mail.Category);
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
