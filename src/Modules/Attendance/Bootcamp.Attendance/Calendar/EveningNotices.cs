using Bootcamp.Attendance.Persistence;
using Bootcamp.Shared;

namespace Bootcamp.Attendance.Calendar;

/// <summary>
/// Tells enrolled people that an evening was cancelled, added or is back on. Called from the command that made the
/// change, so the mails join its transaction (the mail queue enlists in it): the change and its notices commit together
/// or not at all, with no event in between to lose or to handle twice. An evening already past is history being
/// corrected, not news: nobody is told.
/// </summary>
internal sealed class EveningNotices(EveningMails mails, TimeProvider clock)
{
    public async Task<int> ChangedAsync(ClassMeeting meeting, EveningChange change, CancellationToken cancellationToken) =>
        meeting.Date < ProgrammeTime.Today(clock) ? 0 : await mails.MeetingChangedAsync(meeting, change, cancellationToken);
}
