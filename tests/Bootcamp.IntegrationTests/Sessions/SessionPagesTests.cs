using System.Net;
using System.Net.Http.Json;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>The planning pages over HTTP: field messages in the reader's language, nothing typed is lost, and the
/// public page lists what is open.</summary>
public sealed class SessionPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;
    private HttpClient _staff = null!;
    private Guid _track;

    public async Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString)
        {
            Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)),
        };
        _staff = await TestUsers.SignedInClientAsync(_app, Roles.Staff);
        var suffix = Guid.NewGuid().ToString("N")[..6]; // xunit builds the class once per test; the database is shared
        _track = await SessionRequests.CreateTrackAsync(_staff, "Science des données " + suffix, "Data science " + suffix);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(null, "La date de fin doit suivre la date de début.")]
    [InlineData("en-CA", "The end date must be after the start date.")]
    public async Task A_bad_session_form_shows_field_messages_in_the_readers_language_and_keeps_what_was_typed(string? culture, string message)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(_staff, "/Staff/Sessions/Edit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Staff/Sessions/Edit")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.TrackId"] = _track.ToString(),
                ["Input.Title"] = "Titre gardé tel quel",
                ["Input.StartDate"] = "2027-03-10",
                ["Input.EndDate"] = "2027-03-01",
                ["Input.Days"] = "Monday",
                ["Input.StartsAt"] = "18:00",
                ["Input.EndsAt"] = "21:00",
                ["Input.Delivery"] = "InPerson",
                ["Input.Location"] = "Montréal",
                ["Input.Capacity"] = "25",
                ["Input.NewcomerSharePercent"] = "70",
                ["Input.ApplicationOpensOn"] = "2026-11-01",
                ["Input.ApplicationClosesOn"] = "2027-02-01",
            }),
        };
        if (culture is not null)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        }

        var response = await _staff.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Titre gardé tel quel\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-03-10\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_a_field_message_not_an_error_page()
    {
        var token = await TestUsers.AntiforgeryTokenAsync(_staff, "/Staff/Sessions/Edit");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.TrackId"] = _track.ToString(),
            ["Input.StartDate"] = "le 10 mars",
            ["Input.Capacity"] = "vingt",
        });
        var response = await _staff.PostAsync(new Uri("/Staff/Sessions/Edit", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n&#x27;est pas valide", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_session_appears_on_the_public_page_in_both_languages()
    {
        var session = SessionRequests.ValidSession(_track, "Science des données — hiver 2027");
        await SessionRequests.ScheduleAsync(_staff, session);
        var visitor = _app.CreateClient();

        var french = await visitor.GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        Assert.Contains("Science des données — hiver 2027", french, StringComparison.Ordinal);
        Assert.Contains("Candidatures ouvertes jusqu", french, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/Public/Sessions");
        english.Headers.AcceptLanguage.ParseAdd("en-CA");
        var html = await (await visitor.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("Data science", html, StringComparison.Ordinal);
        Assert.Contains("Applications open until", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_get_one_success_and_one_clear_conflict()
    {
        var id = await SessionRequests.ScheduleAsync(_staff, SessionRequests.ValidSession(_track, "Concurrence"));
        var current = await _staff.GetFromJsonAsync<SessionRequests.SessionView>($"/api/sessions/{id}");

        var first = SessionRequests.ValidSession(_track, "Première modification");
        var second = SessionRequests.ValidSession(_track, "Seconde modification");
        var a = await _staff.PutAsJsonAsync($"/api/sessions/{id}", new { details = first, version = current!.Version });
        var b = await _staff.PutAsJsonAsync($"/api/sessions/{id}", new { details = second, version = current.Version });

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        Assert.Contains("Quelqu", await b.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await _staff.GetFromJsonAsync<SessionRequests.SessionView>($"/api/sessions/{id}");
        Assert.Equal("Première modification", saved!.Details.Title);
    }
}
