using System.Net;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using static Bootcamp.IntegrationTests.Placements.FollowUpTestData;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>The follow-up page behind the mailed link: in the person's language, a missing answer is refused with a
/// message, an employed answer becomes a self-reported placement, a wrong link is a 404.</summary>
public sealed class FollowUpPageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Switching_language_with_the_answer_half_given_keeps_it_and_records_nothing()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>(NoScheduler)
        {
            ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000",
        })
        { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 1);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        await DispatchAsync(app);
        var person = world.Completers[0];
        var token = TokenIn(Assert.Single(await MailsAsync(app.ConnectionString, DispatchDueFollowUpsHandler.InvitationCategory, person.Email)).Body);
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/f/{token}";
        var french = page + "?culture=fr-CA";
        Assert.Contains("form=\"follow-up-form\" formaction=\"?handler=Language\"", await visitor.GetStringAsync(new Uri(french, UriKind.Relative)), StringComparison.Ordinal);

        var switched = await Forms.PostAsync(visitor, page + "?handler=Language", new()
        {
            ["culture"] = "en-CA", ["Input.Employed"] = "true", ["Input.Employer"] = "Agence Pixel", ["Input.StartDate"] = "2027-03-01",
        }, tokenFrom: french);
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var html = await switched.Content.ReadAsStringAsync();
        Assert.Contains("Where are you now?", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Agence Pixel\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-03-01\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"employed-yes\" name=\"Input.Employed\" value=\"true\" checked", html);
        Assert.DoesNotContain("error-summary", html, StringComparison.Ordinal);
        Assert.Empty((await SendAsync(app, new GetPlacements(new PlacementFilter(null, world.Session.SessionId, null, null, false), 1, 50))).Items);
    }

    [Fact]
    public async Task A_completer_answers_the_one_month_follow_up_on_the_page_and_it_becomes_a_self_reported_placement()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>(NoScheduler)
        {
            ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000",
        })
        { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        await DispatchAsync(app);
        var person = world.Completers.First(p => p.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal));
        var token = TokenIn(Assert.Single(await MailsAsync(app.ConnectionString, DispatchDueFollowUpsHandler.InvitationCategory, person.Email)).Body);
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/f/{token}";

        var html = await visitor.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Où en êtes-vous ?", html, StringComparison.Ordinal);
        Assert.Contains($"Bonjour {person.FirstName}", html, StringComparison.Ordinal);

        var refused = await Forms.PostAsync(visitor, page, new() { ["Input.Employer"] = "Agence Pixel" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Dites-nous si vous travaillez.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Agence Pixel", refusedHtml, StringComparison.Ordinal);

        var answered = await Forms.PostAsync(visitor, page, new()
        {
            ["Input.Employed"] = "true", ["Input.Outcome"] = "FullTimeEmployee", ["Input.Employer"] = "Agence Pixel",
            ["Input.JobTitle"] = "Développeuse front-end", ["Input.StartDate"] = "2027-03-01", ["Input.InTechField"] = "true",
            ["Input.EmploymentType"] = "FullTime", ["Input.StillSeeking"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Merci ! Votre réponse est enregistrée.", await visitor.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        var placements = await SendAsync(app, new GetPlacements(new PlacementFilter(null, world.Session.SessionId, null, null, false), 1, 50));
        var placement = Assert.Single(placements.Items);
        Assert.Equal(PlacementSource.SelfReported, placement.Source);
        Assert.Equal("Agence Pixel", placement.Details.Employer);
        Assert.Equal(TimeToJobBucket.WithinOneMonth, placement.Bucket);

        // The director sees it on the dashboard as self-reported and verifies it there.
        var director = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.PlacementDirector);
        var dashboard = $"/Placements?session={world.Session.SessionId}";
        Assert.Contains("déclaré par la personne", await director.GetStringAsync(new Uri(dashboard, UriKind.Relative)), StringComparison.Ordinal);
        var verify = await Forms.PostAsync(director, dashboard + "&handler=Verify", new() { ["PlacementId"] = placement.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        Assert.True(Assert.Single((await SendAsync(app, new GetPlacements(new PlacementFilter(null, world.Session.SessionId, null, null, false), 1, 50))).Items).Verified);

        var wrong = await visitor.GetAsync(new Uri($"/f/{token[..^3]}abc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain(person.FirstName, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
