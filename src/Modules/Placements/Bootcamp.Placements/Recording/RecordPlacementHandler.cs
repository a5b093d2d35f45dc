using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Recording;

/// <summary>The director's word is verified by definition. A completer's placement counts in the figures; a lead's is kept
/// beside them.</summary>
internal sealed class RecordPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<RecordPlacement, Guid>
{
    public async Task<Guid> Handle(RecordPlacement request, CancellationToken cancellationToken)
    {
        Validate(request.Details);
        var person = await db.FollowUpPeople.FirstOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken);
        var lead = person is null
            ? await db.PlacementLeads.FirstOrDefaultAsync(l => l.ParticipantId == request.ParticipantId, cancellationToken)
            : null;
        if (person is null && lead is null)
        {
            throw new NotFoundException(PlacementsMessages.NotAFollowedUpPerson);
        }

        if (person?.RemovedAt is not null)
        {
            throw new ConflictException(PlacementsMessages.PersonRemoved);
        }

        var now = clock.GetUtcNow();
        var placement = new Placement
        {
            Id = Guid.CreateVersion7(),
            PersonId = person?.Id,
            LeadId = lead?.Id,
            Source = PlacementSource.Director,
            RecordedBy = request.RecordedBy,
            RecordedAt = now,
            VerifiedBy = request.RecordedBy,
            VerifiedAt = now,
        };
        placement.Apply(request.Details);
        person?.HoldsAJob();
        db.Placements.Add(placement);
        return placement.Id;
    }

    internal static void Validate(PlacementDetails? details)
    {
        var errors = new Dictionary<string, string[]>();
        if (details is null || !details.Outcome.IsPlaced())
        {
            errors[nameof(PlacementDetails.Outcome)] = [PlacementsMessages.OutcomeEmployedRequired];
        }
        else
        {
            if (details.Employer?.Length > 200)
            {
                errors[nameof(PlacementDetails.Employer)] = [PlacementsMessages.TextTooLong];
            }

            if (details.JobTitle?.Length > 200)
            {
                errors[nameof(PlacementDetails.JobTitle)] = [PlacementsMessages.TextTooLong];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}

internal sealed class VerifyPlacementHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<VerifyPlacement, Guid>
{
    public async Task<Guid> Handle(VerifyPlacement request, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == request.PlacementId, cancellationToken)
            ?? throw new NotFoundException();
        if (placement.VerifiedAt is null)
        {
            placement.VerifiedAt = clock.GetUtcNow();
            placement.VerifiedBy = request.VerifiedBy;
        }

        return placement.Id;
    }
}

internal sealed class SetWorkAuthorisationHandler(PlacementsDbContext db) : IRequestHandler<SetWorkAuthorisation, Guid>
{
    public async Task<Guid> Handle(SetWorkAuthorisation request, CancellationToken cancellationToken)
    {
        var person = await db.FollowUpPeople.FirstOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(PlacementsMessages.NotAFollowedUpPerson);
        person.SetWorkAuthorisation(request.AuthorisedToWork, await db.Placements.AnyAsync(p => p.PersonId == person.Id, cancellationToken));
        return person.Id;
    }
}
