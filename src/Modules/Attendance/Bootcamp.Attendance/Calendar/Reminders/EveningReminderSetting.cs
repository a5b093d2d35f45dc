using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Calendar.Reminders;

internal sealed class GetEveningReminderHandler(AttendanceDbContext db) : IRequestHandler<GetEveningReminder, bool>
{
    public Task<bool> Handle(GetEveningReminder request, CancellationToken cancellationToken) =>
        db.SessionCalendarSettings.AnyAsync(s => s.SessionId == request.SessionId && s.EveningReminder, cancellationToken);
}

/// <summary>A setting of Attendance, not of the session's form: it is about the evenings Attendance owns and mails, and
/// changing it never touches the session's version (an open edit form is not refused over it).</summary>
internal sealed class SetEveningReminderHandler(AttendanceDbContext db) : IRequestHandler<SetEveningReminder, bool>
{
    public async Task<bool> Handle(SetEveningReminder request, CancellationToken cancellationToken)
    {
        var settings = await db.SessionCalendarSettings.FirstOrDefaultAsync(s => s.SessionId == request.SessionId, cancellationToken);
        if (settings is null)
        {
            settings = new SessionCalendarSettings { SessionId = request.SessionId };
            db.SessionCalendarSettings.Add(settings);
        }

        settings.EveningReminder = request.Enabled;
        return settings.EveningReminder;
    }
}
