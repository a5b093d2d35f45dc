using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Portfolios;

/// <summary>
/// A participant reaches their portfolio with the private link of their application (they have no account): Applications
/// resolves the token, and the portfolio of the application's latest enrolment answers. An unknown token and an
/// application that never became a participant give the same <see cref="NotFoundException"/>.
/// </summary>
internal static class PortfolioAccess
{
    private const int MaxTokenLength = 100;

    public static async Task<Portfolio> ByApplicationTokenAsync(PortfoliosDbContext db, IMediator mediator, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            throw new NotFoundException();
        }

        var application = await mediator.Send(new GetApplicationByToken(token), cancellationToken);
        return await db.Portfolios.Where(p => p.ApplicationId == application.ApplicationId)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>The track's current milestones; none when Attendance does not know the track.</summary>
    public static async Task<IReadOnlyList<PortfolioMilestoneDto>> MilestonesAsync(IMediator mediator, Guid trackId, CancellationToken cancellationToken)
    {
        try
        {
            var milestones = await mediator.Send(new GetMilestones(trackId), cancellationToken);
            return [.. milestones.Select(m => new PortfolioMilestoneDto(m.Id, m.NameFr, m.NameEn, m.IsCapstone))];
        }
        catch (NotFoundException)
        {
            return [];
        }
    }

    public static PortfolioChecklist Checklist(IEnumerable<SyncedRepository> repositories, IReadOnlyList<PortfolioMilestoneDto> milestones, int projectsWanted)
    {
        var shown = repositories.Where(r => r.Shown && r.GoneAt is null).ToList();
        var capstones = milestones.Where(m => m.IsCapstone).Select(m => m.Id).ToHashSet();
        return new PortfolioChecklist(
            shown.Count,
            projectsWanted,
            ReadmesEverywhere: shown.Count > 0 && shown.All(r => r.HasReadme),
            DeployedDemo: shown.Any(r => r.DemoUrl is not null),
            CapstoneLinked: shown.Any(r => r.MilestoneId is { } m && capstones.Contains(m)));
    }

    public static RepositoryDto ToDto(SyncedRepository r) => new(
        r.GitHubId, r.Name, r.HtmlUrl, r.Description, r.Languages, r.Stars, r.PushedAt, r.Homepage, r.HasReadme, r.GoneAt is not null,
        r.Shown, r.Position, r.MilestoneId, r.DescriptionFr, r.DescriptionEn, r.DemoUrl);
}
