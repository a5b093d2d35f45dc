using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Reporting.Figures;

/// <summary>Which sessions a report covers. A programme year is the year a session starts, as on the sessions list.</summary>
internal static class Funding
{
    public static FundedSessionDto ToFunded(SessionSummaryDto s) =>
        new(s.Id, s.Title, s.Track.NameFr, s.Track.NameEn, s.StartDate, s.EndDate, s.Capacity);

    /// <summary>Every session matching the filters, oldest first (the sessions list pages; reports want them all).</summary>
    public static async Task<List<SessionSummaryDto>> AllSessionsAsync(IMediator sender, int? year, Guid? trackId, CancellationToken cancellationToken)
    {
        var sessions = new List<SessionSummaryDto>();
        for (var page = 1; ; page++)
        {
            var result = await sender.Send(new GetSessions(page, Paging.MaxPageSize, year, trackId), cancellationToken);
            sessions.AddRange(result.Items);
            if (!result.HasNext)
            {
                break;
            }
        }

        return [.. sessions.OrderBy(s => s.StartDate).ThenBy(s => s.Title, StringComparer.Ordinal)];
    }

    /// <summary>What a sponsor funded: its sessions, and every session of its years.</summary>
    public static async Task<List<SessionSummaryDto>> SessionsOfAsync(ReportingDbContext db, IMediator sender, Guid sponsorId, CancellationToken cancellationToken)
    {
        var sponsorships = await db.Sponsorships.AsNoTracking().Where(s => s.SponsorId == sponsorId).ToListAsync(cancellationToken);
        if (sponsorships.Count == 0)
        {
            return [];
        }

        var sessionIds = sponsorships.Where(s => s.SessionId is not null).Select(s => s.SessionId!.Value).ToHashSet();
        var years = sponsorships.Where(s => s.Year is not null).Select(s => s.Year!.Value).ToHashSet();
        var all = await AllSessionsAsync(sender, null, null, cancellationToken);
        return [.. all.Where(s => sessionIds.Contains(s.Id) || years.Contains(s.StartDate.Year))];
    }
}
