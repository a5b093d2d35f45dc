using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>Staff edit a track's questionnaire on its page: once somebody answered, saving makes the next version; a
/// question without its English text is refused and what was typed stays. Staff resend a survey link.</summary>
public sealed partial class QuestionnaireEditorTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Saving_an_answered_questionnaire_makes_a_new_version_and_a_resend_sends_a_new_link_beside_the_last_one()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" })
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        var session = await TaughtSessions.CreateAsync(app, 2, "noor.teacher@tests.bootcamp.local");
        var person = session.Participants.First(p => p.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal));
        var token = await SurveyTestData.TokenAsync(app, person.Email, SurveyKind.PreProgramme);
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await visitor.GetStringAsync(new Uri($"/s/{token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(visitor, $"/s/{token}?handler=Save", SurveyForms.AnswerEverything(form).Take(1).ToDictionary())).StatusCode);

        var editor = $"/Staff/Tracks/Questionnaires?id={session.TrackId}&kind=PreProgramme";
        var html = await session.Staff.GetStringAsync(new Uri(editor, UriKind.Relative));
        Assert.Contains("Version 1", html, StringComparison.Ordinal);
        var fields = Fields(html);
        var blank = fields.Keys.Where(k => k.EndsWith(".TextFr", StringComparison.Ordinal) && fields[k].Length == 0).Min(k => k)!.Replace(".TextFr", "", StringComparison.Ordinal);
        fields[blank + ".Type"] = "SkillRating";
        fields[blank + ".SkillArea"] = "accessibility";
        fields[blank + ".TextFr"] = "Accessibilité du Web";

        var refused = await Forms.PostAsync(session.Staff, editor, new Dictionary<string, string>(fields));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Accessibilité du Web", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields[blank + ".TextEn"] = "Web accessibility";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(session.Staff, editor, fields)).StatusCode);
        var after = await session.Staff.GetStringAsync(new Uri(editor, UriKind.Relative));
        Assert.Contains("Version 2", after, StringComparison.Ordinal);
        Assert.Contains("Web accessibility", after, StringComparison.Ordinal);

        // Staff send a new link: it opens the same answers, and the link before it keeps working until the next one.
        var surveys = await session.Staff.GetFromJsonAsync<SessionSurveys>($"/api/sessions/{session.SessionId}/surveys", SessionApplicants.Json);
        var invitation = surveys!.Invitations.Single(i => i.ParticipantId == person.Id && i.Kind == "PreProgramme");
        var page = $"/Staff/Sessions/Surveys?id={session.SessionId}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(session.Staff, page + "&handler=Resend", new() { ["InvitationId"] = invitation.Id.ToString() })).StatusCode);
        var fresh = await SurveyTestData.TokenAsync(app, person.Email, SurveyKind.PreProgramme, m => !m.TextBody.Contains(token, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/s/{fresh}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/s/{token}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(session.Staff, page + "&handler=Resend", new() { ["InvitationId"] = invitation.Id.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/s/{token}", UriKind.Relative))).StatusCode);
    }

    /// <summary>The editor's inputs and textareas by name, as the browser would post them.</summary>
    private static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in Input().Matches(html))
        {
            fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in TextArea().Matches(html))
        {
            fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in Selected().Matches(html))
        {
            fields[m.Groups["name"].Value] = m.Groups["value"].Value;
        }

        foreach (Match m in Checked().Matches(html))
        {
            fields[m.Groups["name"].Value] = "true";
        }

        return fields;
    }

    [GeneratedRegex("<input id=\"[^\"]*\" name=\"(?<name>Rows\\[\\d+\\]\\.[A-Za-z]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea id=\"[^\"]*\" name=\"(?<name>Rows\\[\\d+\\]\\.[A-Za-z]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select id=\"[^\"]*\" name=\"(?<name>Rows\\[\\d+\\]\\.Type)\">\\s*(?:<option value=\"[A-Za-z]+\">[^<]*</option>\\s*)*<option value=\"(?<value>[A-Za-z]+)\" selected=\"selected\">")]
    private static partial Regex Selected();

    [GeneratedRegex("<input type=\"checkbox\" id=\"[^\"]*\" name=\"(?<name>Rows\\[\\d+\\]\\.Required)\" value=\"true\" checked=\"checked\"")]
    private static partial Regex Checked();

    private sealed record SessionSurveys(List<Invitation> Invitations);

    private sealed record Invitation(Guid Id, Guid ParticipantId, string Kind);
}
