using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Outcomes;

/// <summary>Decrypts each profile only to read the one answer; nothing else of it is returned.</summary>
internal sealed class GetWorkAuthorisationsHandler(ApplicationsDbContext db, SensitiveData sensitive)
    : IRequestHandler<GetWorkAuthorisations, IReadOnlyDictionary<Guid, bool?>>
{
    public async Task<IReadOnlyDictionary<Guid, bool?>> Handle(GetWorkAuthorisations request, CancellationToken cancellationToken)
    {
        var ids = request.ApplicationIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, bool?>();
        }

        var profiles = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.ProtectedProfile })
            .ToListAsync(cancellationToken);
        var protector = sensitive.For(SensitiveProfile.Purpose);
        return profiles.ToDictionary(p => p.Id, p => protector.Unprotect<SensitiveProfile>(p.ProtectedProfile).AuthorisedToWork);
    }
}
