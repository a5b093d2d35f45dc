using System.Globalization;
using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Links;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Mail;
using Bootcamp.Mail.Texting;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;

namespace Bootcamp.Applications.Mails;

/// <summary>
/// The second channel (decisions/0025): what cannot wait — a seat to confirm before a deadline — also goes by text to
/// those who asked for it at the phone they gave, when the organisation turned SMS on. The mail stays the message that
/// carries everything; the text says the essential and carries the same private link.
/// </summary>
internal sealed class ApplicantTexts(ApplicationsDbContext db, ITextMessageQueue texts)
{
    public async Task SeatToConfirmAsync(
        IReadOnlyCollection<Application> applications, SessionDetails session, IReadOnlyDictionary<Guid, IssuedLink> links, string keySuffix,
        CancellationToken cancellationToken)
    {
        var candidates = applications.Where(a => a.Phone is not null && !a.IsAnonymised && a.ConfirmBy is not null).ToList();
        if (!texts.Enabled || candidates.Count == 0)
        {
            return;
        }

        var notAsked = (await ConsentLedger.NotInForceAsync(db, [.. candidates.Select(a => a.Id)], ConsentPurpose.TextMessages, cancellationToken)).ToHashSet();
        foreach (var a in candidates.Where(a => !notAsked.Contains(a.Id)))
        {
            var text = MailCulture.Render(a.PreferredLanguage, () => TextMessageRules.Fit(
                string.Format(CultureInfo.CurrentCulture, ApplicationsMessages.TextSeatToConfirm, session.Title,
                    ProgrammeTime.Local(a.ConfirmBy!.Value).ToString("g", CultureInfo.CurrentCulture)),
                links[a.Id].Url, segments: 2));
            await texts.EnqueueAsync(
                new OutgoingTextMessage(a.Phone!, text, a.PreferredLanguage, "applications.seat-to-confirm.sms", $"applications.seat-to-confirm.sms:{a.Id}:{keySuffix}"),
                cancellationToken);
        }
    }
}
