using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.Resources;
using Bootcamp.Mail.Sending;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Mail.PersonalData;

/// <summary>
/// What the mail queue holds on a person (decisions/0018): every mail to one of their addresses, or whose subject or
/// body names one of their ids or addresses, and the copies the development pickup folder kept (named after the mail's
/// id; their headers carry the address). No figure counts mail: all of it goes. A mail to someone else that names the
/// person only by name (a staff digest) is not found here: the queue does not know names.
/// </summary>
internal sealed class MailPersonalDataHolder(MailDbContext db, MailTransportSelector transports) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<MailPersonalData> Lines = new("Mail", Label);

    public string Module => "Mail";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var held = new HeldDataBuilder<MailPersonalData>(Module, Label);
        var mails = await MailsAsync(person, cancellationToken);
        foreach (var m in mails.OrderBy(m => m.CreatedAt))
        {
            held.Add(MailPersonalData.Mail, (MailPersonalData.ToAddress, m.ToAddress), (MailPersonalData.ToName, m.ToName),
                (MailPersonalData.Subject, m.Subject), (MailPersonalData.Body, m.TextBody),
                (MailPersonalData.Attachments, AttachmentNames(m)), (MailPersonalData.Category, m.Category),
                (MailPersonalData.Status, m.Status), (MailPersonalData.CreatedAt, m.CreatedAt), (MailPersonalData.SentAt, m.SentAt));
        }

        foreach (var file in PickupFiles(person, mails))
        {
            held.Add(MailPersonalData.PickupFile, (MailPersonalData.Subject, Path.GetFileName(file)));
        }

        return held.Build(MailPersonalData.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var mails = await MailsAsync(person, cancellationToken);
        return Report(mails.Count, PickupFiles(person, mails).Count);
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var mails = await MailsAsync(person, cancellationToken);
        var files = PickupFiles(person, mails);
        var ids = mails.Select(m => m.Id).ToList();
        var deleted = await db.OutgoingMails.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return Report(deleted, files.Count);
    }

    private async Task<List<QueuedMail>> MailsAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, QueuedMail>();
        // strpos, not LIKE: an address may hold '_' or '%'.
        var mentions = person.Mentions().Select(n => n.ToLowerInvariant()).ToArray();
        if (mentions.Length > 0)
        {
            var mentioning = await db.OutgoingMails.FromSqlRaw(
                    """
                    SELECT * FROM mail.outgoing_mails m WHERE EXISTS (SELECT 1 FROM unnest({0}::text[]) n
                      WHERE strpos(lower(m.to_address), n) > 0 OR strpos(lower(m.subject), n) > 0 OR strpos(lower(m.text_body), n) > 0 OR strpos(lower(coalesce(m.html_body, '')), n) > 0
                         OR strpos(lower(coalesce(m.attachments::text, '')), n) > 0
                         OR strpos(lower(coalesce(m.deduplication_key, '')), n) > 0)
                    """, [mentions])
                .AsNoTracking().ToListAsync(cancellationToken);
            foreach (var m in mentioning)
            {
                found[m.Id] = m;
            }
        }

        return [.. found.Values];
    }

    /// <summary>The development pickup folder's copies: those of the person's mails (the file name ends with the mail's
    /// id) and any other whose text holds one of their addresses (its mail row already gone).</summary>
    private List<string> PickupFiles(PersonKeys person, List<QueuedMail> mails)
    {
        if (transports.Select() is not PickupDirectoryMailTransport pickup || !Directory.Exists(pickup.Directory))
        {
            return [];
        }

        var ids = mails.Select(m => m.Id.ToString("N")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pickup.Directory, "*.eml", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var id = name.Length >= 32 ? name[^32..] : name;
            if (ids.Contains(id) || person.Emails.Any(e => File.ReadAllText(file).Contains(e, StringComparison.OrdinalIgnoreCase)))
            {
                files.Add(file);
            }
        }

        return files;
    }

    // The names only: a file's content is held only until the mail goes (SentMailRedaction), and it is the module's
    // own data (a session's evenings), already in the body's words.
    private static string? AttachmentNames(QueuedMail mail) =>
        StoredAttachment.Parse(mail.Attachments) is { Count: > 0 } files ? string.Join(", ", files.Select(f => f.FileName)) : null;

    private static ErasureReport Report(int mails, int files) => new("Mail",
    [
        Lines.Line(MailPersonalData.Mail, ErasureEffect.Deleted, mails),
        Lines.Line(MailPersonalData.PickupFile, ErasureEffect.Deleted, files),
    ]) { ModuleLabel = Lines.ModuleLabel(MailPersonalData.Module) };

    private static string Label(MailPersonalData item) =>
        MailText.ResourceManager.GetString("MailPersonalData_" + item, System.Globalization.CultureInfo.CurrentUICulture) ?? item.ToString();
}
