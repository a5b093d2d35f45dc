using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.FollowUps.FindingPeople;

internal sealed class FindFollowedPeopleHandler(PlacementsDbContext db) : IRequestHandler<FindFollowedPeople, IReadOnlyList<FollowedPersonDto>>
{
    public async Task<IReadOnlyList<FollowedPersonDto>> Handle(FindFollowedPeople request, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length < PeopleSearch.MinLength)
        {
            return [];
        }

        var pattern = PeopleSearch.Pattern(text);
        return await db.FollowUpPeople.AsNoTracking()
            .Where(p => p.RemovedAt == null)
            .Where(p => EF.Functions.ILike(p.FirstName, pattern, "\\") || EF.Functions.ILike(p.LastName, pattern, "\\")
                || EF.Functions.ILike(p.FirstName + " " + p.LastName, pattern, "\\") || EF.Functions.ILike(p.Email, pattern, "\\"))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Take(Math.Clamp(request.Max, 1, Paging.MaxPageSize))
            .Select(p => new FollowedPersonDto(p.ParticipantId, p.ApplicationId, p.SessionId, p.FirstName, p.LastName, p.Email, p.SessionEndDate))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class GetFollowedPeopleHandler(PlacementsDbContext db) : IRequestHandler<GetFollowedPeople, IReadOnlyList<FollowedPersonDto>>
{
    public async Task<IReadOnlyList<FollowedPersonDto>> Handle(GetFollowedPeople request, CancellationToken cancellationToken)
    {
        var ids = request.ApplicationIds.Distinct().Take(1000).ToList();
        return await db.FollowUpPeople.AsNoTracking()
            .Where(p => p.RemovedAt == null && ids.Contains(p.ApplicationId))
            .Select(p => new FollowedPersonDto(p.ParticipantId, p.ApplicationId, p.SessionId, p.FirstName, p.LastName, p.Email, p.SessionEndDate))
            .ToListAsync(cancellationToken);
    }
}
