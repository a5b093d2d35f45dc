using Bootcamp.Identity;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Host.DemoData;

/// <summary>Links the demo sponsor user to the seed programme's main sponsor (TD), so the portal is full on first run.
/// In the Host because it joins Identity's people and the Reporting module.</summary>
internal sealed class SponsorUsersDemoData(IMediator mediator, UserManager<BootcampUser> users) : IDemoDataSeeder
{
    public int Order => 85;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync("sponsor@bootcamp.local");
        var sponsor = (await mediator.Send(new GetSponsors(), cancellationToken)).FirstOrDefault(s => s.Name == "TD");
        if (user is null || user.SponsorId is not null || sponsor is null)
        {
            return;
        }

        user.SponsorId = sponsor.Id;
        await users.UpdateAsync(user);
    }
}
