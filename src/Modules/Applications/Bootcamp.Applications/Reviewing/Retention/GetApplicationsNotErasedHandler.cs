using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing.Retention;

internal sealed class GetApplicationsNotErasedHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicationsNotErased, IReadOnlyList<Guid>>
{
    // Erasure leaves the address as <random>@erased.invalid (ErasedValues).
    private const string ErasedSuffix = "%@" + ErasedValues.Domain;

    public async Task<IReadOnlyList<Guid>> Handle(GetApplicationsNotErased request, CancellationToken cancellationToken)
    {
        var sessions = request.SessionIds.Distinct().ToList();
        return await db.Applications.AsNoTracking()
            .Where(a => sessions.Contains(a.SessionId) && !EF.Functions.ILike(a.Email, ErasedSuffix))
            .OrderBy(a => a.SubmittedAt)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
    }
}
