using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Bootcamp.IntegrationTests.Home;

/// <summary>On first run, every demo login's home has something to do.</summary>
public sealed partial class HomeDemoDataTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_demo_login_has_a_home_with_cards()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(HomeDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(db, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            foreach (var (email, _, role, _) in IdentitySeeder.DemoPeople)
            {
                var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(client, email, IdentitySeeder.DemoPassword)).StatusCode);
                var html = await HomeTests.HomeAsync(client);
                var titles = CardTitle().Matches(html).Select(m => m.Groups[1].Value).ToList();
                output.WriteLine($"{role}: {string.Join(" | ", titles)}");
                Assert.True(titles.Count > 0, $"{email} has an empty home");
                if (role == Roles.Admin)
                {
                    // The privacy register: one request open, one answered (PrivacyDemoData).
                    var register = await client.GetStringAsync(new Uri("/Admin/Privacy?state=", UriKind.Relative));
                    Assert.Equal(2, Regex.Count(register, "data-testid=\"privacy-request\""));
                    Assert.Contains(titles, t => t is "Privacy requests" or "Demandes relatives aux renseignements personnels");
                    // The incident register: one closed example, handled as the rules require.
                    var incidents = await client.GetStringAsync(new Uri("/Admin/Privacy/Incidents?state=Closed", UriKind.Relative));
                    Assert.Equal(1, Regex.Count(incidents, "data-testid=\"incident\""));
                }

                if (role == Roles.Instructor)
                {
                    Assert.Contains(titles, t => t is "Tonight" or "Participants at risk");
                }
            }
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [GeneratedRegex("<li class=\"card\">\\s*<h2>([^<]*)</h2>")]
    private static partial Regex CardTitle();
}
