using System.Globalization;
using System.Text;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Resources;
using Bootcamp.Attendance.Rules;
using Bootcamp.Mail;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace Bootcamp.Attendance.Digest;

/// <summary>Sends today's at-risk digest to every staff member, if it is due. Returns how many mails were handed to the
/// queue (the queue ignores one already sent today).</summary>
internal sealed record SendAtRiskDigest : ICommand<int>;

/// <summary>
/// Once Montréal's clock passes <see cref="AtRiskOptions.DigestAfter"/>, each staff member gets one mail a day listing
/// the at-risk participants of every running session. The deduplication key (day and recipient) makes "once a day" hold
/// however often the job runs and on however many Hosts; a day with nobody at risk sends nothing.
/// Staff have no language on file, so the mail carries both: French first (the programme's default), then English.
/// </summary>
internal sealed class SendAtRiskDigestHandler(IMediator mediator, IMailQueue mail, TimeProvider clock, IOptions<AttendanceOptions> options)
    : IRequestHandler<SendAtRiskDigest, int>
{
    public const string Category = "attendance.at-risk-digest";

    public async Task<int> Handle(SendAtRiskDigest request, CancellationToken cancellationToken)
    {
        var now = ProgrammeTime.Local(clock.GetUtcNow());
        if (TimeOnly.FromTimeSpan(now.TimeOfDay) < options.Value.AtRisk.DigestAfter)
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var atRisk = await mediator.Send(new GetAtRiskParticipants(today), cancellationToken);
        if (atRisk.Count == 0)
        {
            return 0;
        }

        var staff = await mediator.Send(new GetTeamMembers("Staff"), cancellationToken);
        var threshold = options.Value.AtRisk.ThresholdPercent;
        var subject = MailCulture.Render("fr-CA", () => Subject(today)) + " / " + MailCulture.Render("en-CA", () => Subject(today));
        var body = MailCulture.Render("fr-CA", () => Body(today, atRisk, threshold))
            + "\n\n" + AttendanceMessages.DigestLanguageSeparator + "\n\n"
            + MailCulture.Render("en-CA", () => Body(today, atRisk, threshold));
        foreach (var member in staff)
        {
            await mail.EnqueueAsync(
                new OutgoingMail(member.Email, member.DisplayName, subject, body, null, "fr-CA", Category,
                    $"{Category}:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{member.Id}"),
                cancellationToken);
        }

        return staff.Count;
    }

    private static string Subject(DateOnly today) =>
        string.Format(CultureInfo.CurrentCulture, AttendanceMessages.DigestSubject, today.ToString("D", CultureInfo.CurrentCulture));

    private static string Body(DateOnly today, IReadOnlyList<AtRiskParticipantDto> atRisk, int threshold)
    {
        var culture = CultureInfo.CurrentCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Format(culture, AttendanceMessages.DigestIntro, today.ToString("D", culture)));
        foreach (var session in atRisk.GroupBy(a => (a.SessionId, a.SessionTitle)).OrderBy(g => g.Key.SessionTitle, StringComparer.CurrentCulture))
        {
            text.AppendLine().AppendLine(session.Key.SessionTitle);
            foreach (var person in session)
            {
                var reasons = string.Join(", ", person.Reasons.Select(r => r switch
                {
                    AtRiskReason.ConsecutiveAbsences => AttendanceMessages.ReasonConsecutiveAbsences,
                    _ => string.Format(culture, AttendanceMessages.ReasonLowAttendance, threshold),
                }));
                var rate = person.Rate is { } r ? r.ToString("P0", culture) : AttendanceMessages.DigestNoRate;
                text.AppendLine(string.Format(culture, AttendanceMessages.DigestLine, person.FirstName, person.LastName, reasons, rate));
            }
        }

        text.AppendLine().Append(AttendanceMessages.DigestOutro);
        return text.ToString();
    }
}
