using Bootcamp.Applications.Contracts;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Privacy.Requests;
using Bootcamp.Shared;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.DemoData;

/// <summary>The register is never empty on first run: one access request sent from a private link three weeks ago
/// (due within nine days), one taken by staff and answered, each for a different demo applicant.</summary>
internal sealed class PrivacyDemoData(PrivacyDbContext db, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Requests.AnyAsync(cancellationToken))
        {
            return;
        }

        // Every demo address is at example.org (ApplicationsDemoData): the first demo applicants by name.
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
}
