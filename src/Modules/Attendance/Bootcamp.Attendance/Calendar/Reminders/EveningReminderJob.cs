using Bootcamp.Attendance.Contracts;
using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Attendance.Calendar.Reminders;

/// <summary>Looks every hour (Attendance:Reminders:CheckInterval) whether tomorrow's reminders are due; the command
/// decides and the mails' keys keep each one single. Hourly rather than at a fixed time, so a Host that was down at the
/// sending time still sends them when it comes back.</summary>
internal sealed class EveningReminderJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "attendance.evening-reminders";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new SendEveningReminders(), cancellationToken);
}
