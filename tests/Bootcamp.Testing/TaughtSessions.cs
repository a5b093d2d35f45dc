using System.Net.Http.Json;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

public sealed record RosterPerson(Guid Id, Guid ApplicationId, string FirstName, string LastName, string Email, string PreferredLanguage);

/// <summary>A session that went through the real flow — applications, selection, confirmed seats, enrolment through the
/// outbox — and is taught by <see cref="InstructorEmail"/>. Its evenings are Mondays and Wednesdays from 2027-01-11 to
/// 2027-02-17 (<see cref="SessionRequests.ValidSession"/>).</summary>
public sealed record TaughtSession(
    HttpClient Staff, Guid SessionId, Guid TrackId, IReadOnlyList<RosterPerson> Participants, string InstructorEmail, IReadOnlyList<Applicant> Applicants)
{
    /// <summary>The private-link token of a participant's application.</summary>
    public string TokenOf(RosterPerson person) => Applicants.Single(a => a.Id == person.ApplicationId).Token;
}

public static class TaughtSessions
{
    /// <summary>The first evening, 19:00 in Montréal.</summary>
    public static readonly DateTimeOffset FirstEvening = new(2027, 1, 12, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates the session with <paramref name="participants"/> enrolled. The clock must stand in the application
    /// window (<see cref="SessionApplicants.InWindow"/>); move it afterwards.</summary>
    /// <param name="authorisedToWork">Each applicant's answer by their number (the <c>p{n}-</c> of their email); all authorised
    /// when null.</param>
    /// <param name="shape">Changes applicant <c>n</c>'s profile (a name, a phone) before they apply.</param>
    public static async Task<TaughtSession> CreateAsync(
        BootcampAppFactory app, int participants, string instructorEmail, Func<int, bool?>? authorisedToWork = null,
        Func<int, Bootcamp.Applications.Contracts.ApplicantProfile, Bootcamp.Applications.Contracts.ApplicantProfile>? shape = null)
    {
        // More applicants than seats in both categories, so selection fills every seat.
        var (staff, sessionId, session, applicants) = await SessionApplicants.CreateAsync(
            app, participants, participants, participants, authorisedToWork: authorisedToWork, shape: shape);
        var instructorId = await EnsureInstructorAsync(app, instructorEmail);

        var current = await staff.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>($"/api/sessions/{sessionId}");
        session["instructorIds"] = new[] { instructorId };
        (await staff.PutAsJsonAsync($"/api/sessions/{sessionId}", new { details = session, version = current!["version"].GetUInt32() })).EnsureSuccessStatusCode();

        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();
        var visitor = app.CreateClient();
        foreach (var applicant in applicants)
        {
            // Waitlisted people have no seat: the API says 409 and they stay off the roster.
            await visitor.PostAsync(new Uri($"/api/public/applications/{applicant.Token}/confirm", UriKind.Relative), null);
        }

        var roster = await Eventually.MatchesAsync(
            () => staff.GetFromJsonAsync<List<RosterPerson>>($"/api/sessions/{sessionId}/roster", SessionApplicants.Json)!,
            r => r!.Count == participants);
        return new TaughtSession(staff, sessionId, (Guid)session["trackId"]!, roster!, instructorEmail, applicants);
    }

    public static async Task<Guid> EnsureInstructorAsync(BootcampAppFactory app, string email)
    {
        await TestUsers.EnsureAsync(app, Roles.Instructor, email);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    /// <summary>A client signed in as the given instructor through the sign-in page.</summary>
    public static async Task<HttpClient> SignInAsync(BootcampAppFactory app, string email)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await TestUsers.SignInAsync(client, email, TestUsers.Password);
        return response.StatusCode == System.Net.HttpStatusCode.Redirect ? client : throw new InvalidOperationException("Sign-in failed for " + email);
    }
}
