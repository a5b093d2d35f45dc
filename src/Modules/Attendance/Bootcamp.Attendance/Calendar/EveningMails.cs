using System.Globalization;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;

namespace Bootcamp.Attendance.Calendar;

internal enum EveningChange
{
    Cancelled,
    Added,
    Restored,
}

/// <summary>
/// The mails about a session's evenings, each to one enrolled person in their language, with the session's facts
/// (<see cref="SessionLabels.Facts"/>) and a calendar file. Who: the roster's enrolled people, not those who withdrew
/// nor those erased (their address is an <c>@erased.invalid</c> one). Every mail has a deduplication key naming the
/// person and the evening's version, so a retried command, a redelivered event or a second job run sends nothing new.
/// </summary>
internal sealed class EveningMails(IMediator mediator, IMailQueue queue, TimeProvider clock, CalendarOrganizer organizer)
{
    public const string ChangeCategory = "attendance.evening-changed";
    public const string EnrolmentCategory = "attendance.enrolled-evenings";
    public const string ReminderCategory = "attendance.evening-reminder";

    /// <summary>One notice per enrolled person for this version of the evening: a CANCEL for a cancelled one, a REQUEST
    /// with the new SEQUENCE for one added or back on.</summary>
    public async Task<int> MeetingChangedAsync(ClassMeeting meeting, EveningChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var session = (await mediator.Send(new GetSession(meeting.SessionId), cancellationToken)).Details;
        var method = change == EveningChange.Cancelled ? CalendarMethod.Cancel : CalendarMethod.Request;
        var file = EveningCalendars.Attachment(method, [EveningCalendars.Event(meeting, session)], clock.GetUtcNow(), organizer);
        var people = Reachable(await mediator.Send(new GetRoster(meeting.SessionId), cancellationToken));
        foreach (var person in people)
        {
            var mail = MailCulture.Render(person.PreferredLanguage, () =>
            {
                var culture = CultureInfo.CurrentCulture;
                var date = meeting.Date.ToString("D", culture);
                var hours = string.Format(culture, AttendanceMessages.EveningHours, meeting.StartsAt.ToString("t", culture), meeting.EndsAt.ToString("t", culture));
                var (subject, news) = change switch
                {
                    EveningChange.Cancelled => (AttendanceMessages.EveningCancelledSubject, AttendanceMessages.EveningCancelledText),
                    EveningChange.Added => (AttendanceMessages.EveningAddedSubject, AttendanceMessages.EveningAddedText),
                    _ => (AttendanceMessages.EveningRestoredSubject, AttendanceMessages.EveningRestoredText),
                };
                var content = new MailContent()
                    .Paragraph(string.Format(culture, AttendanceMessages.MailGreeting, person.FirstName))
                    .Paragraph(string.Format(culture, news, session.Title, date, hours));
                if (change == EveningChange.Cancelled && !string.IsNullOrWhiteSpace(meeting.Note))
                {
                    content.Facts([(AttendanceMessages.EveningReason, meeting.Note)]);
                }

                return content
                    .Facts(SessionLabels.Facts(session, CultureInfo.CurrentUICulture))
                    .Note(change == EveningChange.Cancelled ? AttendanceMessages.CalendarCancelNote : AttendanceMessages.CalendarUpdateNote)
                    .ToMail(person.Email, person.FirstName + " " + person.LastName, string.Format(culture, subject, date, session.Title),
                        person.PreferredLanguage, ChangeCategory, $"{ChangeCategory}:{meeting.Id}:{meeting.Sequence}:{person.Id}")
                    with { Attachments = [file] };
            });
            await queue.EnqueueAsync(mail, cancellationToken);
        }

        return people.Count;
    }

    /// <summary>"You're enrolled: your evenings", with every evening still to come in one calendar file.</summary>
    public async Task<bool> EnrolledAsync(
        Guid participantId, string firstName, string lastName, string email, string language, SessionDetails session,
        IReadOnlyList<ClassMeeting> evenings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (ErasedValues.IsErased(email) || evenings.Count == 0)
        {
            return false;
        }

        var file = EveningCalendars.Attachment(
            CalendarMethod.Request, evenings.Select(m => EveningCalendars.Event(m, session)), clock.GetUtcNow(), organizer);
        var mail = MailCulture.Render(language, () =>
        {
            var culture = CultureInfo.CurrentCulture;
            return new MailContent()
                .Paragraph(string.Format(culture, AttendanceMessages.MailGreeting, firstName))
                .Paragraph(string.Format(culture, AttendanceMessages.EnrolledText, session.Title, evenings.Count,
                    evenings[0].Date.ToString("D", culture)))
                .Facts(SessionLabels.Facts(session, CultureInfo.CurrentUICulture))
                .Note(AttendanceMessages.CalendarEnrolledNote)
                .ToMail(email, firstName + " " + lastName, string.Format(culture, AttendanceMessages.EnrolledSubject, session.Title),
                    language, EnrolmentCategory, $"{EnrolmentCategory}:{participantId}")
                with { Attachments = [file] };
        });
        await queue.EnqueueAsync(mail, cancellationToken);
        return true;
    }

    /// <summary>Tomorrow's class: its time and place or link. No calendar file: the event is already in theirs.</summary>
    public async Task<int> ReminderAsync(ClassMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var session = (await mediator.Send(new GetSession(meeting.SessionId), cancellationToken)).Details;
        var people = Reachable(await mediator.Send(new GetRoster(meeting.SessionId), cancellationToken));
        foreach (var person in people)
        {
            var mail = MailCulture.Render(person.PreferredLanguage, () =>
            {
                var culture = CultureInfo.CurrentCulture;
                var date = meeting.Date.ToString("D", culture);
                var hours = string.Format(culture, AttendanceMessages.EveningHours, meeting.StartsAt.ToString("t", culture), meeting.EndsAt.ToString("t", culture));
                var place = EveningCalendars.Event(meeting, session);
                var facts = new List<(string, string)> { (AttendanceMessages.ReminderWhen, date + ", " + hours) };
                if (session.Delivery != DeliveryMode.Online && place.Location is { } where)
                {
                    facts.Add((AttendanceMessages.ReminderWhere, where));
                }

                if (place.Url is { } link)
                {
                    facts.Add((AttendanceMessages.ReminderLink, link));
                }

                return new MailContent()
                    .Paragraph(string.Format(culture, AttendanceMessages.MailGreeting, person.FirstName))
                    .Paragraph(string.Format(culture, AttendanceMessages.ReminderText, session.Title, date, hours))
                    .Facts(facts)
                    .Facts(SessionLabels.Facts(session, CultureInfo.CurrentUICulture))
                    .Note(AttendanceMessages.ReminderNote)
                    .ToMail(person.Email, person.FirstName + " " + person.LastName,
                        string.Format(culture, AttendanceMessages.ReminderSubject, session.Title, meeting.StartsAt.ToString("t", culture)),
                        person.PreferredLanguage, ReminderCategory, $"{ReminderCategory}:{meeting.Id}:{person.Id}");
            });
            await queue.EnqueueAsync(mail, cancellationToken);
        }

        return people.Count;
    }

    private static List<ParticipantDto> Reachable(IReadOnlyList<ParticipantDto> roster) =>
        [.. roster.Where(p => p.Status == ParticipantStatus.Enrolled && !ErasedValues.IsErased(p.Email))];
}
