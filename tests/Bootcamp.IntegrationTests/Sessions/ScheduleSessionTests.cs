using System.Net;
using System.Net.Http.Json;
using Bootcamp.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.IntegrationTests.Sessions;

public sealed class ScheduleSessionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Scheduling_a_session_generates_its_class_meetings_through_the_outbox()
    {
        var client = _app.CreateClient();
        var id = await SessionRequests.ScheduleAsync(client);

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
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var response = await client.PostAsJsonAsync("/api/sessions", new
        {
            title = "",
            track = "JavaScript",
            startDate = "2027-03-10",
            endDate = "2027-03-01",
            days = new[] { "Tuesday" },
            startsAt = "09:00:00",
            endsAt = "12:00:00",
            capacity = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(endMessage, Assert.Single(problem!.Errors["EndDate"]));
        Assert.StartsWith(eveningMessage, Assert.Single(problem.Errors["StartsAt"]), StringComparison.Ordinal);
        Assert.Contains("Capacity", problem.Errors.Keys);
        Assert.Contains("Title", problem.Errors.Keys);
    }

    [Theory]
    [InlineData("2027-01-11", "2027-01-25")] // two weeks: too short
    [InlineData("2027-01-11", "2027-04-30")] // sixteen weeks: too long
    public async Task A_session_lasts_four_to_eight_weeks(string start, string end)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-CA");
        var response = await client.PostAsJsonAsync("/api/sessions", new
        {
            title = "Data science",
            track = "Data science",
            startDate = start,
            endDate = end,
            days = new[] { "Monday" },
            startsAt = "18:00:00",
            endsAt = "21:00:00",
            capacity = 20,
        });

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal("A session lasts 4 to 8 weeks.", Assert.Single(problem!.Errors["EndDate"]));
    }

    [Fact]
    public async Task Unreadable_json_is_a_400_not_a_500()
    {
        var client = _app.CreateClient();
        using var content = new StringContent("{\"title\": 12, \"startDate\": \"not a date\"", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/sessions", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed record MeetingView(Guid Id, DateOnly Date, string Status);
}
