using System.Net;
using System.Net.Http.Json;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>An instructor reaches only the sessions they teach, by page and by API; another session is a 404 that
/// reveals nothing, and what they do see of a participant is name, language and contact.</summary>
public sealed class TeachingAccessTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_instructor_sees_their_own_session_and_gets_404_for_another_by_page_and_by_api()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var mine = await TaughtSessions.CreateAsync(app, 3, "ines.teacher@tests.bootcamp.local");
        var theirs = await TaughtSessions.CreateAsync(app, 3, "marc.teacher@tests.bootcamp.local");
        clock.Set(TaughtSessions.FirstEvening);
        var staff = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.Staff); // November's cookie has expired by now
        var ines = await TaughtSessions.SignInAsync(app, mine.InstructorEmail);

        var myMeetings = await ines.GetFromJsonAsync<List<Meeting>>($"/api/teaching/sessions/{mine.SessionId}/meetings", SessionApplicants.Json);
        var theirMeetings = await staff.GetFromJsonAsync<List<Meeting>>($"/api/sessions/{theirs.SessionId}/meetings", SessionApplicants.Json);
        var myFirst = myMeetings![0].Id;
        var theirFirst = theirMeetings![0].Id;

        string[] allowed =
        [
            "/Teach", $"/Teach/Session/{mine.SessionId}", $"/Teach/Attendance/{myFirst}", $"/Teach/Progress/{mine.SessionId}",
            $"/api/teaching/sessions/{mine.SessionId}/roster", $"/api/teaching/sessions/{mine.SessionId}/meetings",
            $"/api/teaching/meetings/{myFirst}/attendance", $"/api/teaching/sessions/{mine.SessionId}/progress",
            $"/api/teaching/sessions/{mine.SessionId}/at-risk", $"/api/teaching/sessions/{mine.SessionId}/tonight",
        ];
        foreach (var path in allowed)
        {
            var response = await ines.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        string[] denied =
        [
            $"/Teach/Session/{theirs.SessionId}", $"/Teach/Attendance/{theirFirst}", $"/Teach/Progress/{theirs.SessionId}",
            $"/api/teaching/sessions/{theirs.SessionId}/roster", $"/api/teaching/sessions/{theirs.SessionId}/meetings",
            $"/api/teaching/meetings/{theirFirst}/attendance", $"/api/teaching/sessions/{theirs.SessionId}/progress",
            $"/api/teaching/sessions/{theirs.SessionId}/at-risk", $"/api/teaching/sessions/{theirs.SessionId}/tonight",
            $"/Teach/Session/{Guid.NewGuid()}", $"/api/teaching/meetings/{Guid.NewGuid()}/attendance",
        ];
        foreach (var path in denied)
        {
            var response = await ines.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(theirs.Participants[0].LastName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Writing is refused the same way.
        var write = await ines.PutAsJsonAsync($"/api/teaching/meetings/{theirFirst}/attendance",
            new { entries = new[] { new { participantId = theirs.Participants[0].Id, mark = "Absent", readVersion = 0 } } });
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        var sheet = await staff.GetFromJsonAsync<Sheet>($"/api/teaching/meetings/{theirFirst}/attendance", SessionApplicants.Json);
        Assert.All(sheet!.Rows, r => Assert.Null(r.Mark));

        // Staff-only pages stay closed to instructors.
        var staffPage = await ines.GetAsync(new Uri($"/Staff/Sessions/Roster?id={mine.SessionId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ines.GetAsync(new Uri($"/api/sessions/{mine.SessionId}/roster", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task What_an_instructor_sees_of_a_participant_is_name_language_and_contact_only()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 3, "lea.teacher@tests.bootcamp.local");
        clock.Set(TaughtSessions.FirstEvening);
        var lea = await TaughtSessions.SignInAsync(app, session.InstructorEmail);

        var roster = await lea.GetStringAsync(new Uri($"/api/teaching/sessions/{session.SessionId}/roster", UriKind.Relative));
        var page = await lea.GetStringAsync(new Uri($"/Teach/Session/{session.SessionId}", UriKind.Relative));
        var meetings = await lea.GetFromJsonAsync<List<Meeting>>($"/api/teaching/sessions/{session.SessionId}/meetings", SessionApplicants.Json);
        var sheetPage = await lea.GetStringAsync(new Uri($"/Teach/Attendance/{meetings![0].Id}", UriKind.Relative));

        Assert.Contains(session.Participants[0].Email, roster, StringComparison.Ordinal);
        Assert.Contains(session.Participants[0].Email, page, StringComparison.Ordinal);
        foreach (var text in new[] { roster, page, sheetPage })
        {
            // The applicants applied as asylum claimants and citizens (SessionApplicants): none of it may show.
            foreach (var secret in new[] { "AsylumClaimant", "Citizen", "Newcomer", "demandeur", "Demandeur", "residency", "category", "motivation", "Je veux travailler" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    private sealed record Meeting(Guid Id, DateOnly Date, string Status);

    private sealed record Sheet(List<SheetRow> Rows);

    private sealed record SheetRow(Guid ParticipantId, string? Mark, uint Version);
}
