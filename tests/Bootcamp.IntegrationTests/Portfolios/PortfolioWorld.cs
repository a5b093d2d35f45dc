using Bootcamp.Attendance.Contracts;
using Bootcamp.Portfolios.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Portfolios;

/// <summary>A taught session whose participants have their portfolios (created from <c>ParticipantEnrolled</c> through
/// the outbox), a capstone milestone on its track, and the app pointed at a GitHub stand-in.</summary>
internal sealed record PortfolioWorld(BootcampAppFactory App, ManualClock Clock, GitHubStandIn GitHub, TaughtSession Session, Guid CapstoneId)
{
    public static Dictionary<string, string?> Settings(GitHubStandIn gitHub, int maxShown = 6)
    {
        var settings = gitHub.Settings();
        settings["Portfolios:Curating:MaxShown"] = maxShown.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    public static async Task<PortfolioWorld> CreateAsync(string connectionString, GitHubStandIn gitHub, int participants = 2, int maxShown = 6)
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        var app = new BootcampAppFactory(connectionString, settings: Settings(gitHub, maxShown)) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, participants, $"teacher.{Guid.NewGuid():N}@tests.bootcamp.local");
        var world = new PortfolioWorld(app, clock, gitHub, session, Guid.Empty);
        var capstone = await world.SendAsync(new AddMilestone(session.TrackId, new MilestoneDetails("Projet final", "Capstone", true)));
        foreach (var person in session.Participants)
        {
            await Eventually.MatchesAsync(() => world.TryPortfolioAsync(session.TokenOf(person)), p => p is not null);
        }

        return world with { CapstoneId = capstone };
    }

    public string TokenOf(int participant) => Session.TokenOf(Session.Participants[participant]);

    public Task<PortfolioDto> PortfolioAsync(int participant) => SendAsync(new GetPortfolioByApplicationToken(TokenOf(participant)));

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private async Task<PortfolioDto?> TryPortfolioAsync(string token)
    {
        try
        {
            return await SendAsync(new GetPortfolioByApplicationToken(token));
        }
        catch (Bootcamp.Shared.Contracts.NotFoundException)
        {
            return null;
        }
    }
}
