using Bootcamp.Applications.Contracts;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Incidents;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Privacy.Requests;
using Bootcamp.Privacy.Retention.AuditEntries;
using Bootcamp.Privacy.Retention.MailBodies;
using Bootcamp.Privacy.Retention.NotAdmitted;
using Bootcamp.Privacy.Retention.Participants;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Privacy.DemoData;

/// <summary>The registers are never empty on first run: one access request sent from a private link three weeks ago
/// (due within nine days), one taken by staff and answered, each for a different demo applicant; and one closed
/// confidentiality incident, assessed and handled as the rules require. The retention rules have run once, for real:
/// the demo's oldest sessions ended long enough ago that their applicants who were not admitted are erased as the
/// product would erase them, so the Operations page shows true counts and the demo holds nothing the rules would remove.</summary>
internal sealed class PrivacyDemoData(PrivacyDbContext db, IMediator mediator, IServiceProvider services, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] RetentionJobs =
        [NotAdmittedRetentionJob.Name, ParticipantRetentionJob.Name, MailBodyRetentionJob.Name, AuditRetentionJob.Name];

    public int Order => 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedIncidentAsync(cancellationToken);
        await SeedRetentionRunsAsync(cancellationToken);
        if (await db.Requests.AnyAsync(cancellationToken))
        {
            return;
        }

        // Every demo address is at example.org (ApplicationsDemoData): the first demo applicants by name. Those the
        // retention rules erased above no longer have one, so the requests name people the demo still holds.
        var people = await mediator.Send(new FindApplicants("@example.org", 2), cancellationToken);
        if (people.Count < 2)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        db.Requests.Add(PrivacyRequest.Receive(
            people[0].ApplicationId, PrivacyRequestKind.Access, PrivacyRequestChannel.PrivateLink, null, now.AddDays(-21), today.AddDays(-21)));
        var answered = PrivacyRequest.Receive(
            people[1].ApplicationId, PrivacyRequestKind.Access, PrivacyRequestChannel.Staff, null, now.AddDays(-40), today.AddDays(-40));
        answered.Complete(Guid.Empty, now.AddDays(-35), "Demo: copy handed over");
        db.Requests.Add(answered);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Before the requests: they must name people the rules keep.</summary>
    private async Task SeedRetentionRunsAsync(CancellationToken cancellationToken)
    {
        if (await db.RetentionRuns.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var name in RetentionJobs)
        {
            await services.GetRequiredKeyedService<IBootcampJob>(name).RunAsync(cancellationToken);
        }
    }

    private async Task SeedIncidentAsync(CancellationToken cancellationToken)
    {
        if (await db.Incidents.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = ProgrammeTime.Today(clock);
        var incident = ConfidentialityIncident.Record(1, new IncidentDetails(
            "Demo: an instructor sent a session's attendance export to a volunteer's personal address by mistake. The volunteer " +
            "reported it the same evening and deleted the message; the instructor confirmed the deletion in writing.",
            "First names, last names and attendance marks of one session's participants",
            today.AddDays(-62), today.AddDays(-62), 24, IncidentRisk.Low,
            "No sensitive information (no immigration status, no contact details); one known recipient who deleted it at once: " +
            "no risk of serious injury.",
            null, null,
            "Exports are now downloaded, never mailed; instructors were reminded of the rule at the next team meeting."),
            Guid.Empty, clock.GetUtcNow().AddDays(-62), today);
        incident.Close(Guid.Empty, today.AddDays(-55));
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(cancellationToken);
    }
}
