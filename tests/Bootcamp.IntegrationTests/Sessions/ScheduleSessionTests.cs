using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.IntegrationTests.Sessions;

public sealed class ScheduleSessionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;
    private HttpClient _staff = null!;
    private Guid _track;

    public async Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString);
        _staff = await TestUsers.SignedInClientAsync(_app, Bootcamp.Identity.Roles.Staff);
        _track = await SessionRequests.CreateTrackAsync(_staff, "Web " + Guid.NewGuid().ToString("N")[..6], "Web " + Guid.NewGuid().ToString("N")[..6]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Scheduling_a_session_generates_its_class_meetings_through_the_outbox()
    {
        var client = _staff;
        var id = await SessionRequests.ScheduleAsync(client, SessionRequests.ValidSession(_track));

        var meetings = await Eventually.MatchesAsync(
            () => client.GetFromJsonAsync<List<MeetingView>>($"/api/sessions/{id}/meetings")!,
            m => m!.Count == SessionRequests.ValidSessionMeetings);

        Assert.All(meetings!, m => Assert.Contains(m.Date.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }));
        Assert.Equal(new DateOnly(2027, 1, 11), meetings![0].Date);
        Assert.Equal(new DateOnly(2027, 2, 17), meetings[^1].Date);
    }

    [Theory]
    [InlineData("fr-CA", "La date de fin doit suivre la date de début.", "Les cours ont lieu le soir")]
    [InlineData("en-CA", "The end date must be after the start date.", "Classes are held in the evening")]
    public async Task Invalid_session_is_a_localised_400_problem(string culture, string endMessage, string eveningMessage)
    {
        var session = SessionRequests.ValidSession(_track);
        session["title"] = "";
        session["startDate"] = "2027-03-10";
        session["endDate"] = "2027-03-01";
        session["startsAt"] = "09:00:00";
        session["capacity"] = 0;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(session) };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        var response = await _staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(endMessage, Assert.Single(problem!.Errors["Details.EndDate"]));
        Assert.StartsWith(eveningMessage, Assert.Single(problem.Errors["Details.StartsAt"]), StringComparison.Ordinal);
        Assert.Contains("Details.Capacity", problem.Errors.Keys);
        Assert.Contains("Details.Title", problem.Errors.Keys);
    }

    [Theory]
    [InlineData("2027-01-11", "2027-01-25")] // two weeks: too short
    [InlineData("2027-01-11", "2027-04-30")] // sixteen weeks: too long
    public async Task A_session_lasts_four_to_eight_weeks(string start, string end)
    {
        var session = SessionRequests.ValidSession(_track);
        session["startDate"] = start;
        session["endDate"] = end;
        session["applicationClosesOn"] = start;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = JsonContent.Create(session) };
        request.Headers.AcceptLanguage.ParseAdd("en-CA");
        var response = await _staff.SendAsync(request);

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.StartsWith("A session lasts 4 to 8 weeks.", Assert.Single(problem!.Errors["Details.EndDate"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_json_is_a_400_not_a_500()
    {
        var client = _staff;
        using var content = new StringContent("{\"title\": 12, \"startDate\": \"not a date\"", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/sessions", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed record MeetingView(Guid Id, DateOnly Date, string Status);
}
