using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Applying;

internal static class ConsentLedger
{
    /// <summary>The latest line per purpose is the consent in force.</summary>
    public static async Task<IReadOnlyList<ConsentStateDto>> CurrentAsync(ApplicationsDbContext db, Guid applicationId, CancellationToken ct)
    {
        var lines = await db.Consents.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct);
        return [.. lines
            .GroupBy(c => c.Purpose)
            .Select(g => g.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).First())
            .OrderBy(c => c.Purpose)
            .Select(c => new ConsentStateDto(c.Purpose, c.Granted && c.WithdrawnAt is null, c.TextVersion, c.RecordedAt, c.WithdrawnAt))];
    }
}

internal sealed class SetConsentHandler(ApplicationsDbContext db, TimeProvider clock) : IRequestHandler<SetConsent, Guid>
{
    public async Task<Guid> Handle(SetConsent request, CancellationToken cancellationToken)
    {
        if (request.Purpose == ConsentPurpose.ProgrammeAdministration)
        {
            throw new ConflictException(ApplicationsMessages.ProgrammeConsentIsTheApplication);
        }

        var application = await StatusLinks.FindAsync(db, request.Token, track: false, cancellationToken);
        var latest = await db.Consents
            .Where(c => c.ApplicationId == application.Id && c.Purpose == request.Purpose)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var inForce = latest is { Granted: true, WithdrawnAt: null };
        var now = clock.GetUtcNow();
        if (inForce && !request.Granted)
        {
            latest!.WithdrawnAt = now;
            db.Raise(new ConsentWithdrawn(application.Id, application.SessionId, request.Purpose));
        }
        else if (!inForce && request.Granted)
        {
            db.Consents.Add(new ConsentRecord
            {
                Id = Guid.CreateVersion7(), ApplicationId = application.Id, Purpose = request.Purpose,
                TextVersion = ApplyHandler.ConsentTextVersion, Granted = true, RecordedAt = now,
            });
        }

        return application.Id;
    }
}

internal sealed class GetConsentsHandler(ApplicationsDbContext db) : IRequestHandler<GetConsents, IReadOnlyList<ConsentStateDto>>
{
    public Task<IReadOnlyList<ConsentStateDto>> Handle(GetConsents request, CancellationToken cancellationToken) =>
        ConsentLedger.CurrentAsync(db, request.ApplicationId, cancellationToken);
}
