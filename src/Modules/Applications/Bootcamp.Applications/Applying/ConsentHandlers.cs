using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Applying;

/// <summary>
/// The one rule of which consent is in force (issue 18, item 7): the ledger only grows, and per application and purpose
/// its latest line decides — granted and not withdrawn. Every module asks here (GetConsents,
/// GetAggregateReportingExclusions, GetExcludedFromAggregates); none keeps a copy, so a consent given again counts the
/// person again everywhere at once.
/// </summary>
internal static class ConsentLedger
{
    public static ConsentRecord? Latest(IEnumerable<ConsentRecord> linesOfOnePurpose) =>
        linesOfOnePurpose.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).FirstOrDefault();

    public static bool InForce(ConsentRecord? latest) => latest is { Granted: true, WithdrawnAt: null };

    public static async Task<IReadOnlyList<ConsentStateDto>> CurrentAsync(ApplicationsDbContext db, Guid applicationId, CancellationToken ct)
    {
        var lines = await db.Consents.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct);
        return [.. lines
            .GroupBy(c => c.Purpose)
            .Select(g => Latest(g)!)
            .OrderBy(c => c.Purpose)
            .Select(c => new ConsentStateDto(c.Purpose, InForce(c), c.TextVersion, c.RecordedAt, c.WithdrawnAt))];
    }

    /// <summary>Of these applications, those whose consent to <paramref name="purpose"/> is not in force, a line never
    /// recorded included. An id that is no application is nobody's consent to judge: left out.</summary>
    public static async Task<IReadOnlyList<Guid>> NotInForceAsync(
        ApplicationsDbContext db, IReadOnlyCollection<Guid> applicationIds, ConsentPurpose purpose, CancellationToken ct)
    {
        var ids = applicationIds.Distinct().ToList();
        var known = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var lines = await db.Consents.AsNoTracking()
            .Where(c => c.Purpose == purpose && known.Contains(c.ApplicationId))
            .ToListAsync(ct);
        var inForce = lines.GroupBy(c => c.ApplicationId).Where(g => InForce(Latest(g))).Select(g => g.Key).ToHashSet();
        return [.. known.Where(a => !inForce.Contains(a))];
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
        var latest = ConsentLedger.Latest(await db.Consents
            .Where(c => c.ApplicationId == application.Id && c.Purpose == request.Purpose)
            .ToListAsync(cancellationToken));
        var inForce = ConsentLedger.InForce(latest);
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
                // Given again from the private link, which shows the notice in force today.
                PrivacyNoticeVersion = Bootcamp.Shared.Privacy.PrivacyNotice.Version,
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

internal sealed class GetExcludedFromAggregatesHandler(ApplicationsDbContext db) : IRequestHandler<GetExcludedFromAggregates, IReadOnlyList<Guid>>
{
    public Task<IReadOnlyList<Guid>> Handle(GetExcludedFromAggregates request, CancellationToken cancellationToken) =>
        ConsentLedger.NotInForceAsync(db, [.. (request.ApplicationIds ?? []).Distinct()], ConsentPurpose.AggregateReporting, cancellationToken);
}
