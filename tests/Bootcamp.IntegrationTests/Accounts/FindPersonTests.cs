using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using static Bootcamp.IntegrationTests.Accounts.TeamTestData;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>One search box for a person, one page per person linking to each module's view, every opening audited; the
/// placement director sees only the completers Placements follows.</summary>
public sealed partial class FindPersonTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Staff_find_an_applicant_by_name_open_their_page_and_the_opening_is_audited()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: PlacementsTestData.NoScheduler)
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var person = world.Completers[0];
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);

        var found = await BodyAsync(await staff.GetAsync(new Uri($"/People?q={Uri.EscapeDataString(person.FirstName + " " + person.LastName)}", UriKind.Relative)));
        Assert.Contains("find-results", found, StringComparison.Ordinal);
        var link = PersonLink().Match(found).Value;
        Assert.Contains(person.ApplicationId.ToString(), link, StringComparison.Ordinal);

        var page = await BodyAsync(await staff.GetAsync(new Uri(link, UriKind.Relative)));
        Assert.Contains($"/Staff/Applications/Detail?id={person.ApplicationId}", page, StringComparison.Ordinal);
        Assert.Contains($"/Staff/Sessions/Roster?id={world.Session.SessionId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Placements/Record", page, StringComparison.Ordinal);
        // Every module's view it links to opens for the reader: no dead end.
        foreach (var href in PageLinks().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct())
        {
            Assert.True((await staff.GetAsync(new Uri(href, UriKind.Relative))).StatusCode == HttpStatusCode.OK, href);
        }

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'PersonViewed' AND \"Detail\" = 'application:{person.ApplicationId}'"));

        // LIKE's wildcards are text, not "everyone"; one character is not a search.
        Assert.Contains("find-empty", await staff.GetStringAsync(new Uri("/People?q=%25_", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("find-results", await staff.GetStringAsync(new Uri("/People?q=P", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri($"/People/Person?application={Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_placement_director_finds_only_the_completers_placements_follows()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: PlacementsTestData.NoScheduler)
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 5, 1, 1);
        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        var followed = world.Completers[0];

        var found = await director.GetStringAsync(new Uri($"/People?q={followed.LastName}", UriKind.Relative));
        Assert.Contains(followed.ApplicationId.ToString(), found, StringComparison.Ordinal);
        var page = await BodyAsync(await director.GetAsync(new Uri($"/People/Person?application={followed.ApplicationId}", UriKind.Relative)));
        Assert.Contains($"/Placements/Record?participant={followed.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Staff/Applications/Detail", page, StringComparison.Ordinal);

        // Someone who only applied is outside the director's remit: not found, by search or by address.
        var search = await director.GetStringAsync(new Uri("/People?q=Personne0", UriKind.Relative));
        Assert.DoesNotContain(applicants[0].Id.ToString(), search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(new Uri($"/People/Person?application={applicants[0].Id}", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("href=\"(/(?:Staff|Teach|Placements)/[^\"]+)\"")]
    private static partial Regex PageLinks();

    [GeneratedRegex(@"/People/Person\?application=[0-9a-f-]{36}")]
    private static partial Regex PersonLink();
}
