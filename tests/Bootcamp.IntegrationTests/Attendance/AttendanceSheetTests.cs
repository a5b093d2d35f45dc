using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bootcamp.Attendance.Contracts;

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

    [Fact]
    public async Task Saving_with_people_unmarked_warns_first_keeps_what_was_typed_and_saves_only_the_marks_once_confirmed()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 4, today: AttendanceWorld.Start);
        var instructor = await TaughtSessions.SignInAsync(world.App, world.InstructorAEmail);
        var meeting = (await world.MeetingOnAsync(AttendanceWorld.Start)).Id;
        var page = $"/Teach/Attendance/{meeting}";
        var sheet = await world.SendAsync(new GetAttendanceSheet(meeting));
        var form = new Dictionary<string, string>();
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            form[$"Rows[{i}].ParticipantId"] = sheet.Rows[i].ParticipantId.ToString();
            form[$"Rows[{i}].Version"] = "0";
        }

        // Two of four marked, then Save.
        form["Rows[0].Mark"] = "Late";
        form["Rows[0].Note"] = "Bus 55 en retard";
        form["Rows[1].Mark"] = "Present";
        var warned = await Forms.PostAsync(instructor, page, form);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = await warned.Content.ReadAsStringAsync();
        var warning = Regex.Match(html, "data-testid=\"unmarked-warning\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("2 personnes n’ont pas encore de présence saisie", warning, StringComparison.Ordinal);
        Assert.Contains($"{sheet.Rows[2].FirstName} {sheet.Rows[2].LastName}", warning, StringComparison.Ordinal);
        Assert.Contains($"{sheet.Rows[3].FirstName} {sheet.Rows[3].LastName}", warning, StringComparison.Ordinal);
        Assert.DoesNotContain($"{sheet.Rows[0].FirstName} {sheet.Rows[0].LastName}", warning, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save-anyway\"", html, StringComparison.Ordinal);
        Assert.Contains("Bus 55 en retard", html, StringComparison.Ordinal); // what was typed is still in the form
        Assert.Matches("value=\"Late\"[^>]*checked", html);
        Assert.Equal(2, Regex.Count(html, "class=\"sheet-row unmarked\""));
        Assert.Equal(0, await MarksAsync(world, meeting)); // nothing saved yet

        // The same warning in English.
        var english = await (await Forms.PostAsync(instructor, page, form, culture: "en-CA")).Content.ReadAsStringAsync();
        Assert.Contains("2 people are not marked yet", english, StringComparison.Ordinal);

        // Saved anyway: the two marks, and nothing for the two others — not absent, just not marked yet.
        var saved = await Forms.PostAsync(instructor, page, new Dictionary<string, string>(form) { ["ConfirmUnmarked"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await MarksAsync(world, meeting));
        var reopened = await instructor.GetStringAsync(new Uri(saved.Headers.Location!.OriginalString, UriKind.Relative));
        var hint = Regex.Match(reopened, "data-testid=\"unmarked-hint\">([^<]*)<").Groups[1].Value;
        Assert.Contains($"{sheet.Rows[2].FirstName} {sheet.Rows[2].LastName}", hint, StringComparison.Ordinal); // a reminder, not a warning
        Assert.DoesNotContain("data-testid=\"unmarked-warning\"", reopened, StringComparison.Ordinal);
        var after = await world.SendAsync(new GetAttendanceSheet(meeting));
        Assert.Equal(["Late", "Present", null, null], after.Rows.Select(r => r.Mark?.ToString()));
        var summary = await world.SendAsync(new GetAttendanceSummary(world.SessionId, AttendanceWorld.Start));
        var unmarked = summary.Participants.Single(p => p.ParticipantId == sheet.Rows[2].ParticipantId);
        Assert.Equal((0, null, 1), (unmarked.Absent, unmarked.Rate, unmarked.Unmarked));

        // Marking the last two later warns no more.
        var rest = new Dictionary<string, string>(form) { ["Rows[2].Mark"] = "Absent", ["Rows[3].Mark"] = "Excused" };
        rest["Rows[0].Version"] = rest["Rows[1].Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(instructor, page, rest)).StatusCode);
        Assert.Equal(4, await MarksAsync(world, meeting));
    }

    [Fact]
    public async Task The_api_saves_a_partial_sheet_as_sent_says_who_is_left_and_refuses_an_entry_without_a_mark()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 3, today: AttendanceWorld.Start);
        var instructor = await TaughtSessions.SignInAsync(world.App, world.InstructorAEmail);
        var meeting = (await world.MeetingOnAsync(AttendanceWorld.Start)).Id;
        var url = $"/api/teaching/meetings/{meeting}/attendance";
        var (a, b, c) = (world.P(0).Id, world.P(1).Id, world.P(2).Id);

        // An entry without a mark is not silently taken for Present (the enum's first value).
        var noMark = await instructor.PutAsJsonAsync(url, new { entries = new object[] { Entry(a, "Present"), new { participantId = b, readVersion = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, noMark.StatusCode);
        var problem = await noMark.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Entries[1].Mark", out _), problem.ToString());
        var explicitNull = await instructor.PutAsJsonAsync(url, new { entries = new object[] { new { participantId = b, mark = (string?)null, readVersion = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, explicitNull.StatusCode);
        Assert.Equal(0, await MarksAsync(world, meeting));

        // A partial sheet saves what was sent; the answer lists who is still not marked, and nobody is marked absent.
        var partial = await instructor.PutAsJsonAsync(url, new { entries = new[] { Entry(a, "Present") } });
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var result = (await partial.Content.ReadFromJsonAsync<PartialResult>(SessionApplicants.Json))!;
        Assert.Equal(new[] { b, c }.Order(), result.Sheet.Unmarked.Order());
        Assert.Equal(1, await MarksAsync(world, meeting));
        var summary = await world.SendAsync(new GetAttendanceSummary(world.SessionId, AttendanceWorld.Start));
        Assert.All(summary.Participants.Where(p => p.ParticipantId != a), p => Assert.Equal((0, (decimal?)null), (p.Absent, p.Rate)));
    }

    private static Task<long> MarksAsync(AttendanceWorld world, Guid meeting) =>
        Sql.CountAsync(world.App.ConnectionString, $"SELECT count(*) FROM attendance.attendance_marks WHERE meeting_id = '{meeting}'");

    private sealed record PartialSheet(List<Guid> Unmarked);

    private sealed record PartialResult(bool Saved, PartialSheet Sheet);

    private static object Entry(Guid participantId, string mark, uint readVersion = 0, string? note = null) =>
        new { participantId, mark, note, readVersion };

    private sealed record MeetingRef(Guid Id);

    private sealed record Sheet(MeetingRef Meeting, List<Row> Rows);

    private sealed record Row(Guid ParticipantId, string? Mark, string? Note, uint Version);

    private sealed record Result(bool Saved, List<ConflictRow> Conflicts);

    private sealed record ConflictRow(Guid ParticipantId, string? CurrentMark, string YourMark, string? ChangedByName);

    private sealed record Correction(string? From, string To);
}
