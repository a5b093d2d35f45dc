using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Rules;
using Bootcamp.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Attendance.Calendar.Reminders;

/// <summary>
/// From <see cref="RemindersOptions.SendAfter"/> (Montréal time) each day, everyone enrolled in a session that wants
/// reminders gets one mail for each of tomorrow's evenings that are still on. "Once per person per evening" is the mail's
/// deduplication key (evening and person), so the job may run every hour, on every Host, or twice.
/// </summary>
internal sealed class SendEveningRemindersHandler(AttendanceDbContext db, EveningMails mails, TimeProvider clock, IOptions<AttendanceOptions> options)
    : IRequestHandler<SendEveningReminders, int>
{
    public async Task<int> Handle(SendEveningReminders request, CancellationToken cancellationToken)
    {
        var now = ProgrammeTime.Local(clock.GetUtcNow());
        if (TimeOnly.FromTimeSpan(now.TimeOfDay) < options.Value.Reminders.SendAfter)
        {
            return 0;
        }

        var tomorrow = DateOnly.FromDateTime(now.DateTime).AddDays(1);
        var wanted = db.SessionCalendarSettings.Where(s => s.EveningReminder).Select(s => s.SessionId);
        var evenings = await db.ClassMeetings.AsNoTracking()
            .Where(m => m.Date == tomorrow && m.Status == ClassMeetingStatus.Scheduled && wanted.Contains(m.SessionId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var evening in evenings)
        {
            sent += await mails.ReminderAsync(evening, cancellationToken);
        }

        return sent;
    }
}
