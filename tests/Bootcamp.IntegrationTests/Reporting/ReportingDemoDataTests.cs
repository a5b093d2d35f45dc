using Bootcamp.Identity;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>A first start with demo data: the seed programme's five sponsors, the demo sponsor user linked to TD, and a
/// year report with the newcomer share (three sessions a year, hundreds of applicants).</summary>
public sealed class ReportingDemoDataTests
{
    [Fact]
    public async Task Demo_data_gives_the_sponsors_their_sessions_and_the_sponsor_user_a_full_portal_once()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(ReportingDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(connectionString, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero)) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            var sponsors = await mediator.Send(new GetSponsors());
            Assert.Equal(["GitHub", "IBM", "Microsoft", "SAP", "TD"], sponsors.Select(s => s.Name).Order(StringComparer.Ordinal));
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync("sponsor@bootcamp.local");
            var td = sponsors.Single(s => s.Name == "TD");
            Assert.Equal(td.Id, user!.SponsorId);

            var funding = await mediator.Send(new GetSponsorFunding(td.Id));
            Assert.Contains(2024, funding.Years);
            Assert.Contains(2025, funding.Years);
            var year = await mediator.Send(new GetImpactReport(ReportScope.Year, td.Id, null, 2025, "en-CA"));
            var text = await PdfText.ExtractRawAsync(year.Content);
            Assert.Contains("Programme year 2025", text, StringComparison.Ordinal);

            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            Assert.Equal(sponsors, await mediator.Send(new GetSponsors()));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }
}
