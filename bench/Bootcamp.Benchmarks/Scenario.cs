using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Benchmarks;

/// <summary>What the benchmarks apply with: sessions created through the app's own requests, and applicant profiles.</summary>
internal static class Scenario
{
    public static async Task<TResponse> SendAsync<TResponse>(BenchHost host, IRequest<TResponse> request)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static Task<Guid> CreateTrackAsync(BenchHost host) =>
        SendAsync(host, new CreateTrack(new TrackDetails("Développement web", "Web development")));

    /// <summary>A six-week Monday/Wednesday evening session open for applications from 2026-11-01 to 2027-01-04.</summary>
    public static Task<Guid> ScheduleAsync(BenchHost host, Guid trackId, string title) =>
        SendAsync(host, new ScheduleSession(new SessionDetails
        {
            TrackId = trackId,
            Title = title,
            StartDate = new DateOnly(2027, 1, 11),
            EndDate = new DateOnly(2027, 2, 17),
            Days = new List<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday },
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson,
            Location = "2000, boul. Saint-Joseph Est, Montréal",
            Capacity = 25,
            NewcomerSharePercent = 70,
            ApplicationOpensOn = new DateOnly(2026, 11, 1),
            ApplicationClosesOn = new DateOnly(2027, 1, 4),
        }));

    /// <summary>Applicant <paramref name="index"/>: 7 in 10 refugees (newcomers), 3 in 10 citizens (residents).</summary>
    public static ApplicantProfile Profile(string prefix, int index) => new()
    {
        FirstName = "Amina",
        LastName = "Benali-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Email = $"{prefix}-{index}@bench.bootcamp.local",
        Phone = "514-555-0199",
        PreferredLanguage = "fr-CA",
        ResidencyStatus = index % 10 < 7 ? ResidencyStatus.RefugeeOrProtectedPerson : ResidencyStatus.Citizen,
        ArrivedInCanadaOn = index % 10 < 7 ? new DateOnly(2024, 3, 15) : null,
        AuthorisedToWork = true,
        HighestEducation = "Baccalauréat",
        EducationField = "Génie civil",
        EducationCountry = "Syrie",
        YearsOfWorkExperience = 6,
        Languages = "arabe, français, anglais",
        Motivation = "Je veux reprendre une carrière technique au Canada et apprendre le développement web.",
        ConfirmsEveningAvailability = true,
        NeedsLaptopLoan = index % 3 == 0,
        HowTheyHeard = "Organisme d'accueil",
    };

    public static readonly ConsentAnswers Consents = new(ProgrammeAdministration: true, FollowUpContact: true, AggregateReporting: true);
}
