using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;

namespace Bootcamp.Placements.Figures;

/// <summary>The sessions a placement screen's filters select. A year is a programme year, the year a session starts, as on
/// the sessions list and every report: Sessions knows the start dates, Placements only the end dates.</summary>
internal static class PlacementScope
{
    /// <returns>Null for every session.</returns>
    public static async Task<IReadOnlyCollection<Guid>?> SessionIdsAsync(IMediator sender, int? year, Guid? sessionId, CancellationToken cancellationToken)
    {
        if (year is not { } y)
        {
            return sessionId is { } id ? [id] : null;
        }

        var ids = new HashSet<Guid>();
        for (var page = 1; ; page++)
        {
            var result = await sender.Send(new GetSessions(page, Paging.MaxPageSize, y), cancellationToken);
            ids.UnionWith(result.Items.Select(s => s.Id));
            if (!result.HasNext)
            {
                break;
            }
        }

        return sessionId is { } one ? (ids.Contains(one) ? [one] : []) : ids;
    }
}
