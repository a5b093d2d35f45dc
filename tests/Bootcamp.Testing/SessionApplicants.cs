using System.Net.Http.Json;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

public sealed record Applicant(Guid Id, string Token, ApplicantCategory Category);

/// <summary>A session with applicants who applied (through the module, as the form does) and were screened eligible.</summary>
public static class SessionApplicants
{
    public static readonly DateTimeOffset InWindow = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<(HttpClient Staff, Guid SessionId, Dictionary<string, object?> Session, List<Applicant> Applicants)> CreateAsync(
        BootcampAppFactory app, int capacity, int newcomers, int residents, bool screen = true, Func<int, bool?>? authorisedToWork = null,
        Func<int, ApplicantProfile, ApplicantProfile>? shape = null)
    {
        shape ??= (_, profile) => profile;
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var track = await SessionRequests.CreateTrackAsync(staff, "Parcours " + suffix, "Track " + suffix);
        var session = SessionRequests.ValidSession(track, "Sélection " + suffix);
        session["capacity"] = capacity;
        var sessionId = await SessionRequests.ScheduleAsync(staff, session);

        var applicants = new List<Applicant>();
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        for (var i = 0; i < newcomers + residents; i++)
        {
            var newcomer = i < newcomers;
            var result = await mediator.Send(new Apply(
                sessionId,
                shape(i, new ApplicantProfile
                {
                    FirstName = "Personne" + i,
                    LastName = suffix,
                    Email = $"p{i}-{suffix}@example.org",
                    PreferredLanguage = i % 3 == 0 ? "en-CA" : "fr-CA",
                    ResidencyStatus = newcomer ? ResidencyStatus.AsylumClaimant : ResidencyStatus.Citizen,
                    AuthorisedToWork = authorisedToWork is null ? true : authorisedToWork(i),
                    ConfirmsEveningAvailability = true,
                    Motivation = "Je veux travailler en technologie.",
                }),
                new ConsentAnswers(true, true, true),
                Guid.NewGuid().ToString()));
            applicants.Add(new Applicant(result.ApplicationId, result.StatusToken!, newcomer ? ApplicantCategory.Newcomer : ApplicantCategory.EstablishedResident));
            if (screen)
            {
                // Distinct scores make the ranking obvious: earlier applicants score higher.
                (await staff.PostAsJsonAsync($"/api/applications/{result.ApplicationId}/screening", new { eligible = true, score = 100 - i })).EnsureSuccessStatusCode();
            }
        }

        return (staff, sessionId, session, applicants);
    }

    public static async Task<ApplicationListDto> ListAsync(HttpClient staff, Guid sessionId) =>
        (await staff.GetFromJsonAsync<ApplicationListDto>($"/api/sessions/{sessionId}/applications?pageSize=200", Json))!;
}
