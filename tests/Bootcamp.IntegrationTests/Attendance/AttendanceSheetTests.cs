using System.Net;
using System.Net.Http.Json;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Tonight's sheet through the page and the API: one tap per person, "all present", and two people saving the
/// same evening never overwrite each other silently.</summary>
public sealed class AttendanceSheetTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_editors_saving_the_same_mark_from_the_same_read_get_a_409_for_the_second_and_nothing_is_lost()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 3, "nadia.teacher@tests.bootcamp.local");
        clock.Set(TaughtSessions.FirstEvening);
        var staff = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.Staff); // November's cookie has expired by now
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        var meeting = (await instructor.GetFromJsonAsync<Sheet>($"/api/teaching/sessions/{session.SessionId}/tonight", SessionApplicants.Json))!.Meeting.Id;
        var url = $"/api/teaching/meetings/{meeting}/attendance";
        var (a, b, c) = (session.Participants[0].Id, session.Participants[1].Id, session.Participants[2].Id);

        // Both read the empty sheet; the instructor saves first.
        var first = await instructor.PutAsJsonAsync(url, new { entries = new[] { Entry(a, "Present"), Entry(b, "Late") } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The staff member saves from the same (stale) read: b differs → 409, and c (no conflict) is not half-saved.
        var second = await staff.PutAsJsonAsync(url, new { entries = new[] { Entry(a, "Present"), Entry(b, "Absent"), Entry(c, "Present") } });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = (await second.Content.ReadFromJsonAsync<Result>(SessionApplicants.Json))!;
        Assert.False(conflict.Saved);
        var only = Assert.Single(conflict.Conflicts);
        Assert.Equal(b, only.ParticipantId);
        Assert.Equal("Late", only.CurrentMark);
        Assert.Equal("Absent", only.YourMark);
        Assert.NotNull(only.ChangedByName);

        var sheet = (await instructor.GetFromJsonAsync<Sheet>(url, SessionApplicants.Json))!;
        Assert.Equal("Present", sheet.Rows.Single(r => r.ParticipantId == a).Mark);
        Assert.Equal("Late", sheet.Rows.Single(r => r.ParticipantId == b).Mark);
        Assert.Null(sheet.Rows.Single(r => r.ParticipantId == c).Mark);

        // Having seen the current marks, the staff member saves again on purpose: it goes through.
        var versionOfB = sheet.Rows.Single(r => r.ParticipantId == b).Version;
        var versionOfA = sheet.Rows.Single(r => r.ParticipantId == a).Version;
        var third = await staff.PutAsJsonAsync(url, new { entries = new[] { Entry(a, "Present", versionOfA), Entry(b, "Absent", versionOfB), Entry(c, "Present") } });
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        // A double submit of the same sheet is harmless.
        var again = await staff.PutAsJsonAsync(url, new { entries = new[] { Entry(a, "Present", versionOfA), Entry(b, "Absent", versionOfB), Entry(c, "Present") } });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // The correction of b is in the audit trail, with who made it.
        var corrections = await staff.GetFromJsonAsync<List<Correction>>($"/api/sessions/{session.SessionId}/attendance/corrections", SessionApplicants.Json);
        var correction = Assert.Single(corrections!);
        Assert.Equal(("Late", "Absent"), (correction.From, correction.To));
    }

    [Fact]
    public async Task The_page_saves_one_tap_marks_and_all_present_fills_the_rest()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 3, "paul.teacher@tests.bootcamp.local");
        clock.Set(TaughtSessions.FirstEvening);
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);

        var home = await instructor.GetStringAsync(new Uri("/Teach", UriKind.Relative));
        var meeting = System.Text.RegularExpressions.Regex.Match(home, "/Teach/Attendance/([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(meeting);
        var page = $"/Teach/Attendance/{meeting}";
        var token = await TestUsers.AntiforgeryTokenAsync(instructor, page);
        var sheet = (await instructor.GetFromJsonAsync<Sheet>($"/api/teaching/meetings/{meeting}/attendance", SessionApplicants.Json))!;

        // One person marked Late with a note; the others left blank, then "everyone not marked is present".
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            form[$"Rows[{i}].ParticipantId"] = sheet.Rows[i].ParticipantId.ToString();
            form[$"Rows[{i}].Version"] = "0";
        }

        form["Rows[0].Mark"] = "Late";
        form["Rows[0].Note"] = "Bus en retard";
        using var content = new FormUrlEncodedContent(form);
        var response = await instructor.PostAsync(new Uri(page + "?handler=AllPresent", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await instructor.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative));
        Assert.Contains("data-testid=\"attendance-saved\"", saved, StringComparison.Ordinal);
        var after = (await instructor.GetFromJsonAsync<Sheet>($"/api/teaching/meetings/{meeting}/attendance", SessionApplicants.Json))!;
        Assert.Equal("Late", after.Rows[0].Mark);
        Assert.Equal("Bus en retard", after.Rows[0].Note);
        Assert.All(after.Rows.Skip(1), r => Assert.Equal("Present", r.Mark));

        // The same form posted again (a double tap) changes nothing and reports no conflict.
        using var again = new FormUrlEncodedContent(form);
        Assert.Equal(HttpStatusCode.Redirect, (await instructor.PostAsync(new Uri(page + "?handler=AllPresent", UriKind.Relative), again)).StatusCode);
    }

    [Fact]
    public async Task A_stale_page_save_shows_the_conflict_and_keeps_what_was_typed()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 2, "zoe.teacher@tests.bootcamp.local");
        clock.Set(TaughtSessions.FirstEvening);
        var staff = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.Staff); // November's cookie has expired by now
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        var meeting = (await instructor.GetFromJsonAsync<Sheet>($"/api/teaching/sessions/{session.SessionId}/tonight", SessionApplicants.Json))!.Meeting.Id;
        var page = $"/Teach/Attendance/{meeting}";
        var token = await TestUsers.AntiforgeryTokenAsync(instructor, page);
        var (a, b) = (session.Participants[0].Id, session.Participants[1].Id);

        // Staff marks a absent meanwhile.
        (await staff.PutAsJsonAsync($"/api/teaching/meetings/{meeting}/attendance", new { entries = new[] { Entry(a, "Absent") } })).EnsureSuccessStatusCode();

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Rows[0].ParticipantId"] = a.ToString(), ["Rows[0].Version"] = "0", ["Rows[0].Mark"] = "Present",
            ["Rows[1].ParticipantId"] = b.ToString(), ["Rows[1].Version"] = "0", ["Rows[1].Mark"] = "Excused", ["Rows[1].Note"] = "Rendez-vous IRCC",
        });
        var response = await instructor.PostAsync(new Uri(page, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("Rendez-vous IRCC", html, StringComparison.Ordinal); // what was typed is still in the form
        Assert.Matches("value=\"Excused\"[^>]*checked", html);
    }

    private static object Entry(Guid participantId, string mark, uint readVersion = 0, string? note = null) =>
        new { participantId, mark, note, readVersion };

    private sealed record MeetingRef(Guid Id);

    private sealed record Sheet(MeetingRef Meeting, List<Row> Rows);

    private sealed record Row(Guid ParticipantId, string? Mark, string? Note, uint Version);

    private sealed record Result(bool Saved, List<ConflictRow> Conflicts);

    private sealed record ConflictRow(Guid ParticipantId, string? CurrentMark, string YourMark, string? ChangedByName);

    private sealed record Correction(string? From, string To);
}
