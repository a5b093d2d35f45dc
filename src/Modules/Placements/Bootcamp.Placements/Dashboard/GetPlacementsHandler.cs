using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Placements.Leads;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Dashboard;

internal sealed class GetPlacementsHandler(PlacementsDbContext db, IMediator mediator) : IRequestHandler<GetPlacements, PagedResult<PlacementDto>>
{
    public async Task<PagedResult<PlacementDto>> Handle(GetPlacements request, CancellationToken cancellationToken)
    {
        var filter = request.Filter ?? new PlacementFilter(null, null, null, null, CurrentOnly: true);
        var (page, pageSize) = Paging.Normalise(request.Page, request.PageSize);
        var scope = await PlacementScope.SessionIdsAsync(mediator, filter.Year, filter.SessionId, cancellationToken);
        var facts = await PlacementFacts.ForAsync(db, scope, cancellationToken);
        var leads = await LeadPlacements.ForAsync(db, scope, cancellationToken);
        var rows = facts
            .SelectMany(f => (filter.CurrentOnly ? f.Placements.Take(1) : f.Placements).Select(p => PlacementRows.ToDto(f, p)))
            .Concat(leads.SelectMany(l => (filter.CurrentOnly ? l.Placements.Take(1) : l.Placements).Select(p => PlacementRows.ToDto(l, p))))
            .Where(p => filter.Outcome == null || p.Details.Outcome == filter.Outcome)
            .Where(p => filter.Verified == null || p.Verified == filter.Verified)
            .OrderByDescending(p => p.Details.StartDate).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .ToList();
        return new PagedResult<PlacementDto>([.. rows.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, rows.Count);
    }
}

internal static class PlacementRows
{
    public static PlacementDto ToDto(PersonFacts facts, Placement placement)
    {
        var person = facts.Person;
        return new PlacementDto(
            placement.Id, person.ParticipantId, person.SessionId, person.FirstName, person.LastName, placement.Details, placement.Source,
            ReferenceEquals(facts.Current, placement), placement.VerifiedAt is not null, placement.RecordedAt, placement.VerifiedAt,
            LeftEarly: false, person.SessionEndDate, TimeToJob.Days(person.SessionEndDate, placement.StartDate),
            TimeToJob.Bucket(person.SessionEndDate, placement.StartDate), person.AuthorisedToWork);
    }

    public static PlacementDto ToDto(LeadFacts facts, Placement placement)
    {
        var lead = facts.Lead;
        return new PlacementDto(
            placement.Id, lead.ParticipantId, lead.SessionId, lead.FirstName, lead.LastName, placement.Details, placement.Source,
            ReferenceEquals(facts.Placements[0], placement), placement.VerifiedAt is not null, placement.RecordedAt, placement.VerifiedAt,
            LeftEarly: true, SessionEndDate: null, DaysToJob: null, Bucket: null, AuthorisedToWork: null);
    }
}

internal sealed class GetFollowUpWavesHandler(PlacementsDbContext db) : IRequestHandler<GetFollowUpWaves, IReadOnlyList<FollowUpWaveDto>>
{
    public async Task<IReadOnlyList<FollowUpWaveDto>> Handle(GetFollowUpWaves request, CancellationToken cancellationToken)
    {
        var rows = await db.FollowUpWaves.AsNoTracking()
            .Join(db.FollowUpPeople.AsNoTracking().Where(p => p.SessionId == request.SessionId), w => w.PersonId, p => p.Id, (w, p) => new { w, p })
            .OrderBy(r => r.p.LastName).ThenBy(r => r.p.FirstName).ThenBy(r => r.p.Id).ThenBy(r => r.w.Number)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FollowUpWaveDto(
            r.w.Id, r.p.ParticipantId, r.p.SessionId, r.p.FirstName, r.p.LastName, r.w.Number, r.w.DueOn, r.w.ClosesOn, r.w.Status,
            r.w.SentAt, r.w.ReminderSentAt, r.w.AnsweredAt, r.p.AuthorisedToWork))];
    }
}
