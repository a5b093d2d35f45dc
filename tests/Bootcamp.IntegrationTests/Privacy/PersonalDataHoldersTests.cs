using System.Net;
using System.Text.Json.Nodes;
using Bootcamp.Identity;
using Json.Schema;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>Issue 18 item 2 end to end on a real PostgreSQL: every holder contributes to the export, which validates
/// against docs/schemas/personal-data-export.v1.schema.json; the erasure through the page leaves no trace of the person in
/// any text column of any schema, and a second one finds nothing left.</summary>
public sealed class PersonalDataHoldersTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly string[] Holders = ["Applications", "Attendance", "Mail", "Messages", "Placements", "Portfolios", "Sessions", "Surveys"];

    [Fact]
    public async Task The_export_has_every_module_and_validates_and_the_erasure_leaves_nothing_and_runs_twice()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 4, 3, 1, screen: false);
        var applicant = applicants[0];
        var email = await Sql.ScalarAsync(database.ConnectionString, $"SELECT email FROM applications.applications WHERE id = '{applicant.Id}'");
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var page = $"/Admin/Privacy/Person?application={applicant.Id}";

        var json = await admin.GetStringAsync(new Uri(page + "&handler=Json&language=en-CA", UriKind.Relative));
        var results = PersonalDataScan.Schema().Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var modules = JsonNode.Parse(json)!["modules"]!.AsArray().Select(m => m!["module"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(Holders, modules);
        Assert.Contains(email, json, StringComparison.Ordinal);

        var erased = await Forms.PostAsync(admin, page + "&handler=Erase", new() { ["application"] = applicant.Id.ToString(), ["Confirmed"] = "true" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        // The builder's names are shared with the session's and the track's (the same suffix), so the address and the
        // status token stand for the person here.
        Assert.Empty(await PersonalDataScan.HitsAsync(database.ConnectionString, email, applicant.Token));

        // A second erasure finds nothing left: its summary has no count but zero.
        var again = await Forms.PostAsync(admin, page + "&handler=Erase", new() { ["application"] = applicant.Id.ToString(), ["Confirmed"] = "true" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicant.Id}' AND kind = 'Erasure'"));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicant.Id}' AND kind = 'Erasure' AND outcome !~ '[1-9]'"));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicant.Id}' AND kind = 'Erasure' AND outcome ~ 'Applications: [0-9]+ deleted, 1 anonymised'"));
        // The others of the session are untouched.
        Assert.Equal(3, await Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM applications.applications WHERE email NOT LIKE '%@erased.invalid'"));
    }
}
