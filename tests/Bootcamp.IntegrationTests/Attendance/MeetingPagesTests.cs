using System.Net;
using System.Net.Http.Json;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Staff cancel an evening (with a reason, confirmed) and add a make-up class from the session's page; the
/// instructor sees both and cannot do either.</summary>
public sealed class MeetingPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Staff_cancel_an_evening_and_add_a_make_up_class_and_instructors_cannot()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var session = await TaughtSessions.CreateAsync(app, 2, "hugo.teacher@tests.bootcamp.local");
        var page = $"/Teach/Session/{session.SessionId}";
        var meetings = (await session.Staff.GetFromJsonAsync<List<Meeting>>($"/api/sessions/{session.SessionId}/meetings", SessionApplicants.Json))!;
        var holiday = meetings.Single(m => m.Date == new DateOnly(2027, 2, 15)); // Family Day
        var token = await TestUsers.AntiforgeryTokenAsync(session.Staff, page);

        var noReason = await PostAsync(session.Staff, page + "?handler=Cancel", token, new() { ["MeetingId"] = holiday.Id.ToString(), ["CancelReason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(session.Staff, page + "?handler=Cancel", token,
            new() { ["MeetingId"] = holiday.Id.ToString(), ["CancelReason"] = "Jour de la Famille" })).StatusCode);

        var badDate = await PostAsync(session.Staff, page + "?handler=Add", token,
            new() { ["MakeUp.Date"] = "2027-02-17", ["MakeUp.StartsAt"] = "18:00", ["MakeUp.EndsAt"] = "21:00" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode); // an evening already on the schedule
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(session.Staff, page + "?handler=Add", token,
            new() { ["MakeUp.Date"] = "2027-02-19", ["MakeUp.StartsAt"] = "18:00", ["MakeUp.EndsAt"] = "21:00", ["MakeUp.Note"] = "Rattrapage du 15 février" })).StatusCode);

        var after = (await session.Staff.GetFromJsonAsync<List<Meeting>>($"/api/sessions/{session.SessionId}/meetings", SessionApplicants.Json))!;
        Assert.Equal("Cancelled", after.Single(m => m.Id == holiday.Id).Status);
        Assert.Contains(after, m => m.Date == new DateOnly(2027, 2, 19) && !m.FromSchedule && m.Status == "Scheduled");

        // The instructor sees the reason and the make-up class, has no buttons, and a forged post is a 404.
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        var html = await instructor.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Jour de la Famille", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Cancel", html, StringComparison.Ordinal);
        var forged = await PostAsync(instructor, page + "?handler=Restore", await TestUsers.AntiforgeryTokenAsync(instructor, page), new() { ["MeetingId"] = holiday.Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private sealed record Meeting(Guid Id, DateOnly Date, string Status, bool FromSchedule);
}
