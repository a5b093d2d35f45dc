using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Leads;

/// <summary>A participant who left because they found a job is a placement to record: keep them as a lead.</summary>
internal sealed class RecordLeadOnParticipantFoundJob(PlacementsDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ParticipantWithdrew, PlacementsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantWithdrew withdrew, CancellationToken cancellationToken)
    {
        if (withdrew.Reason != WithdrawalReason.FoundJob
            || await Db.PlacementLeads.AnyAsync(l => l.ParticipantId == withdrew.ParticipantId, cancellationToken))
        {
            return;
        }

        Db.PlacementLeads.Add(new PlacementLead
        {
            Id = Guid.CreateVersion7(),
            ParticipantId = withdrew.ParticipantId,
            ApplicationId = withdrew.ApplicationId,
            SessionId = withdrew.SessionId,
            FirstName = withdrew.FirstName,
            LastName = withdrew.LastName,
            Email = withdrew.Email,
            Phone = withdrew.Phone,
            PreferredLanguage = withdrew.PreferredLanguage,
            ReportedOn = withdrew.WithdrawnOn,
            ReceivedAt = Clock.GetUtcNow(),
        });
    }
}

internal sealed class GetPlacementLeadsHandler(PlacementsDbContext db) : IRequestHandler<GetPlacementLeads, IReadOnlyList<PlacementLeadDto>>
{
    public async Task<IReadOnlyList<PlacementLeadDto>> Handle(GetPlacementLeads request, CancellationToken cancellationToken)
    {
        var leads = await db.PlacementLeads.AsNoTracking()
            .Where(l => request.SessionId == null || l.SessionId == request.SessionId)
            .OrderByDescending(l => l.ReportedOn).ThenBy(l => l.LastName).ThenBy(l => l.FirstName)
            .ToListAsync(cancellationToken);
        var current = (await LeadPlacements.ForAsync(db, request.SessionId is { } id ? [id] : null, cancellationToken))
            .ToDictionary(f => f.Lead.Id, f => f.Placements[0].Details);
        return [.. leads.Select(l => l.ToDto(current.GetValueOrDefault(l.Id)))];
    }
}

internal sealed class GetPlacementCandidateHandler(PlacementsDbContext db) : IRequestHandler<GetPlacementCandidate, PlacementCandidateDto>
{
    public async Task<PlacementCandidateDto> Handle(GetPlacementCandidate request, CancellationToken cancellationToken) =>
        await db.FollowUpPeople.AsNoTracking()
            .Where(p => p.ParticipantId == request.ParticipantId && p.RemovedAt == null)
            .Select(p => new PlacementCandidateDto(p.ParticipantId, p.SessionId, p.FirstName, p.LastName, false))
            .FirstOrDefaultAsync(cancellationToken)
        ?? await db.PlacementLeads.AsNoTracking()
            .Where(l => l.ParticipantId == request.ParticipantId)
            .Select(l => new PlacementCandidateDto(l.ParticipantId, l.SessionId, l.FirstName, l.LastName, true))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(PlacementsMessages.NotAFollowedUpPerson);
}
