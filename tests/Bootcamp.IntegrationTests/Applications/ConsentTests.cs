using System.Net;
using System.Net.Http.Json;
using Bootcamp.Applications.Contracts;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>The consent ledger (docs/PRODUCT.md): optional consents can be withdrawn and given again from the private
/// link; every change is a line, never an overwrite, and a withdrawal is announced to other modules.</summary>
public sealed class ConsentTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Withdrawing_then_giving_again_keeps_every_line_and_announces_the_withdrawal()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 1, residents: 0, screen: false);
        var person = applicants[0];
        var visitor = app.CreateClient();
        var url = $"/api/public/applications/{person.Token}/consents";

        (await visitor.PostAsJsonAsync(url, new { purpose = "FollowUpContact", granted = false }, SessionApplicants.Json)).EnsureSuccessStatusCode();
        (await visitor.PostAsJsonAsync(url, new { purpose = "FollowUpContact", granted = false }, SessionApplicants.Json)).EnsureSuccessStatusCode();
        var status = await visitor.GetFromJsonAsync<ApplicationStatusDto>($"/api/public/applications/{person.Token}", SessionApplicants.Json);
        Assert.False(status!.Consents.Single(c => c.Purpose == ConsentPurpose.FollowUpContact).Granted);
        Assert.True(status.Consents.Single(c => c.Purpose == ConsentPurpose.AggregateReporting).Granted);

        (await visitor.PostAsJsonAsync(url, new { purpose = "FollowUpContact", granted = true }, SessionApplicants.Json)).EnsureSuccessStatusCode();
        status = await visitor.GetFromJsonAsync<ApplicationStatusDto>($"/api/public/applications/{person.Token}", SessionApplicants.Json);
        Assert.True(status!.Consents.Single(c => c.Purpose == ConsentPurpose.FollowUpContact).Granted);

        var db = database.ConnectionString;
        Assert.Equal(2, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.consents WHERE application_id = '{person.Id}' AND purpose = 'FollowUpContact'"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.consents WHERE application_id = '{person.Id}' AND purpose = 'FollowUpContact' AND withdrawn_at IS NOT NULL"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.outbox_messages WHERE type LIKE '%ConsentWithdrawn' AND payload->>'applicationId' = '{person.Id}'"));
    }

    [Fact]
    public async Task Programme_consent_cannot_be_withdrawn_on_its_own()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 1, residents: 0, screen: false);

        var response = await app.CreateClient().PostAsJsonAsync(
            $"/api/public/applications/{applicants[0].Token}/consents", new { purpose = "ProgrammeAdministration", granted = false }, SessionApplicants.Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("retirez plutôt votre candidature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_withdraws_a_consent_with_one_button()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 1, residents: 0, screen: false);
        var page = $"/Public/Application/{applicants[0].Token}";
        var client = app.CreateClient();

        var token = await TestUsers.AntiforgeryTokenAsync(client, page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["purpose"] = "AggregateReporting",
            ["granted"] = "false",
        });
        var response = await client.PostAsync(new Uri(page + "?handler=Consent", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Vos consentements sont à jour.", html, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.consents WHERE application_id = '{applicants[0].Id}' AND purpose = 'AggregateReporting' AND withdrawn_at IS NOT NULL"));
    }
}
