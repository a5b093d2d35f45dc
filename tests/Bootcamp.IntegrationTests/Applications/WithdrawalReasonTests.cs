using System.Net;
using System.Net.Http.Json;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>A withdrawal reason longer than the status page's box is refused, not cut short and applied.</summary>
public sealed class WithdrawalReasonTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_reason_over_500_characters_answers_400_and_the_application_stays()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 5, newcomers: 1, residents: 0, screen: false);
        var applicant = applicants[0];
        using var visitor = app.CreateClient();

        using var refused = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/withdraw", new { reason = new string('x', 501) });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("500", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND status = 'Withdrawn'"));

        using var accepted = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/withdraw", new { reason = new string('x', 500) });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND status = 'Withdrawn' AND length(withdrawal_reason) = 500"));
    }
}
