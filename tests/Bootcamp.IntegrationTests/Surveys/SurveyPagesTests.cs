using System.Net;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>The private survey link as a participant uses it (no sign-in): in their language, saved halfway, sent, and
/// a wrong link that reveals nothing; and the staff page that shows who answered.</summary>
public sealed class SurveyPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Switching_language_with_answers_not_yet_saved_shows_them_again_in_the_other_language_and_saves_nothing()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" })
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        var session = await TaughtSessions.CreateAsync(app, 1, "lea.teacher@tests.bootcamp.local");
        var person = session.Participants[0];
        var token = await SurveyTestData.TokenAsync(app, person.Email, SurveyKind.PreProgramme);
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var url = $"/s/{token}";
        var html = await visitor.GetStringAsync(new Uri(url + "?culture=fr-CA", UriKind.Relative));
        Assert.Contains("data-testid=\"language-switch\"", html, StringComparison.Ordinal);
        Assert.Contains("form=\"survey-form\" formaction=\"?handler=Language\"", html, StringComparison.Ordinal);

        var half = SurveyForms.AnswerEverything(html).Take(2).ToDictionary();
        var answersBefore = await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM surveys.answers");
        var switched = await Forms.PostAsync(visitor, url + "?handler=Language", new Dictionary<string, string>(half) { ["culture"] = "en-CA" }, tokenFrom: url + "?culture=fr-CA");
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var english = await switched.Content.ReadAsStringAsync();
        Assert.Contains("Before the programme", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        foreach (var (name, value) in half)
        {
            Assert.Matches($"name=\"{System.Text.RegularExpressions.Regex.Escape(name)}\" value=\"{System.Text.RegularExpressions.Regex.Escape(value)}\" checked", english);
        }

        Assert.DoesNotContain("data-testid=\"survey-errors\"", english, StringComparison.Ordinal);
        Assert.Equal(answersBefore, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM surveys.answers"));
    }

    [Fact]
    public async Task A_participant_saves_half_a_pre_survey_comes_back_and_sends_it_and_staff_see_the_response_rate()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" })
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        var session = await TaughtSessions.CreateAsync(app, 3, "iris.teacher@tests.bootcamp.local");
        var english = session.Participants.First(p => p.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        var french = session.Participants.First(p => p.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal));
        var token = await SurveyTestData.TokenAsync(app, french.Email, SurveyKind.PreProgramme);
        var englishToken = await SurveyTestData.TokenAsync(app, english.Email, SurveyKind.PreProgramme);
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var url = $"/s/{token}";

        // Each person's survey opens in their own language.
        var html = await visitor.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains("Avant le programme", html, StringComparison.Ordinal);
        Assert.Contains($"Bonjour {french.FirstName}", html, StringComparison.Ordinal);
        var englishHtml = await app.CreateClient().GetStringAsync(new Uri($"/s/{englishToken}", UriKind.Relative));
        Assert.Contains("Before the programme", englishHtml, StringComparison.Ordinal);

        // Half the answers, saved for later, come back on the next visit.
        var all = SurveyForms.AnswerEverything(html);
        Assert.True(all.Count >= 5, html);
        var half = all.Take(all.Count / 2).ToDictionary();
        var saved = await Forms.PostAsync(visitor, url + "?handler=Save", new Dictionary<string, string>(half));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var again = await visitor.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains("Vos réponses sont enregistrées", again, StringComparison.Ordinal);
        var (firstName, firstValue) = half.First();
        Assert.Matches($"name=\"{System.Text.RegularExpressions.Regex.Escape(firstName)}\" value=\"{firstValue}\" checked", again);

        // Sending with required questions missing is refused with messages; everything answered goes through.
        var incomplete = await Forms.PostAsync(visitor, url + "?handler=Submit", new Dictionary<string, string>(half));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("data-testid=\"survey-errors\"", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await Forms.PostAsync(visitor, url + "?handler=Submit", all);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("data-testid=\"survey-submitted\"", await visitor.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);

        // A wrong link is a plain 404 that names nobody.
        var wrong = await visitor.GetAsync(new Uri($"/s/{token[..^3]}abc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain(french.FirstName, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staffPage = await session.Staff.GetStringAsync(new Uri($"/Staff/Sessions/Surveys?id={session.SessionId}", UriKind.Relative));
        Assert.Contains("data-testid=\"response-rates\"", staffPage, StringComparison.Ordinal);
        Assert.Matches(@"Avant le programme</td><td>3</td><td>1</td>", staffPage);
    }
}
