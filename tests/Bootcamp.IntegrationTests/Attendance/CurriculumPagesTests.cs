using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Staff define a track's milestones on its page; an instructor marks a participant's progress on the grid's
/// form; the grid shows it. Validation keeps what was typed.</summary>
public sealed partial class CurriculumPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Staff_define_milestones_and_an_instructor_marks_progress_that_the_grid_shows()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 2, "maya.teacher@tests.bootcamp.local");
        var milestonesPage = $"/Staff/Tracks/Milestones?id={session.TrackId}";

        // A milestone without its English name is refused, and the French name stays in the form.
        var token = await TestUsers.AntiforgeryTokenAsync(session.Staff, milestonesPage);
        var refused = await PostAsync(session.Staff, milestonesPage + "&handler=Add", token, new() { ["Input.NameFr"] = "Bases de JavaScript", ["Input.NameEn"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Bases de JavaScript", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var (fr, en, capstone) in new[] { ("HTML et CSS", "HTML & CSS", false), ("Projet final", "Capstone project", true) })
        {
            var added = await PostAsync(session.Staff, milestonesPage + "&handler=Add", token,
                new() { ["Input.NameFr"] = fr, ["Input.NameEn"] = en, ["Input.IsCapstone"] = capstone ? "true" : "false" });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var listed = await session.Staff.GetStringAsync(new Uri(milestonesPage, UriKind.Relative));
        Assert.True(listed.IndexOf("HTML et CSS", StringComparison.Ordinal) < listed.IndexOf("Projet final", StringComparison.Ordinal));

        // The instructor opens a participant from the grid and marks the capstone done with a comment.
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        var person = session.Participants[0];
        var form = $"/Teach/Progress/{session.SessionId}/{person.Id}";
        var html = await instructor.GetStringAsync(new Uri(form, UriKind.Relative));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TestUsers.AntiforgeryTokenAsync(instructor, form) };
        foreach (Match hidden in HiddenInput().Matches(html))
        {
            fields[WebUtility.HtmlDecode(hidden.Groups["name"].Value)] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }

        var capstoneIndex = fields.Count(f => f.Key.EndsWith(".MilestoneId", StringComparison.Ordinal)) - 1;
        for (var i = 0; i <= capstoneIndex; i++)
        {
            fields[$"Cells[{i}].Status"] = i == capstoneIndex ? "Done" : "InProgress";
        }

        fields[$"Cells[{capstoneIndex}].Comment"] = "Application de covoiturage déployée";
        using var content = new FormUrlEncodedContent(fields);
        var saved = await instructor.PostAsync(new Uri(form, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var grid = await instructor.GetFromJsonAsync<Grid>($"/api/teaching/sessions/{session.SessionId}/progress", SessionApplicants.Json);
        var row = grid!.Rows.Single(r => r.ParticipantId == person.Id);
        Assert.Equal(["InProgress", "Done"], row.Cells.Select(c => c.Status));
        Assert.Equal("Application de covoiturage déployée", row.Cells[^1].Comment);
        var page = await instructor.GetStringAsync(new Uri($"/Teach/Progress/{session.SessionId}", UriKind.Relative));
        Assert.Contains("data-testid=\"progress-grid\"", page, StringComparison.Ordinal);
        Assert.Contains("progress-done", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>Cells\\[\\d+\\]\\.[A-Za-z]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    private sealed record Grid(List<GridRow> Rows);

    private sealed record GridRow(Guid ParticipantId, List<Cell> Cells);

    private sealed record Cell(string Status, string? Comment);
}
