using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing.FindingPeople;

internal sealed class FindApplicantsHandler(ApplicationsDbContext db) : IRequestHandler<FindApplicants, IReadOnlyList<ApplicantMatchDto>>
{
    public async Task<IReadOnlyList<ApplicantMatchDto>> Handle(FindApplicants request, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length < PeopleSearch.MinLength)
        {
            return [];
        }

        var pattern = PeopleSearch.Pattern(text);
        return await db.Applications.AsNoTracking()
            .Where(a => EF.Functions.ILike(a.FirstName, pattern, "\\") || EF.Functions.ILike(a.LastName, pattern, "\\")
                || EF.Functions.ILike(a.FirstName + " " + a.LastName, pattern, "\\") || EF.Functions.ILike(a.Email, pattern, "\\"))
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenByDescending(a => a.SubmittedAt)
            .Take(Math.Clamp(request.Max, 1, Paging.MaxPageSize))
            .Select(a => new ApplicantMatchDto(a.Id, a.SessionId, a.FirstName, a.LastName, a.Email, a.Status, a.SubmittedAt))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class GetApplicationsOfPersonHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicationsOfPerson, IReadOnlyList<ApplicantMatchDto>>
{
    public async Task<IReadOnlyList<ApplicantMatchDto>> Handle(GetApplicationsOfPerson request, CancellationToken cancellationToken)
    {
        var email = await db.Applications.AsNoTracking().Where(a => a.Id == request.ApplicationId).Select(a => a.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return [];
        }

        var same = PeopleSearch.Exact(email);
        return await db.Applications.AsNoTracking()
            .Where(a => EF.Functions.ILike(a.Email, same, "\\"))
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new ApplicantMatchDto(a.Id, a.SessionId, a.FirstName, a.LastName, a.Email, a.Status, a.SubmittedAt))
            .ToListAsync(cancellationToken);
    }
}
