using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.PersonalData;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.Requests;

internal sealed class ReceivePrivacyRequestHandler(PrivacyDbContext db, PersonalDataOffice office, TimeProvider clock)
    : IRequestHandler<ReceivePrivacyRequest, Guid>
{
    public async Task<Guid> Handle(ReceivePrivacyRequest request, CancellationToken cancellationToken)
    {
        if (await office.ResolveAsync(request.ApplicationId, cancellationToken) is not { } person)
        {
            throw new NotFoundException($"No application {request.ApplicationId}");
        }

        // Filed under the person's first application, so every door (staff, private link of any application) finds
        // the same open request.
        var anchor = person.AnchorId;
        if (await db.Requests.FirstOrDefaultAsync(r => r.ApplicationId == anchor && r.Kind == request.Kind && r.DoneAt == null, cancellationToken) is { } open)
        {
            return open.Id;
        }

        var created = PrivacyRequest.Receive(anchor, request.Kind, request.Channel, request.ReceivedBy, clock.GetUtcNow(), ProgrammeTime.Today(clock));
        db.Requests.Add(created);
        return created.Id;
    }
}

internal sealed class GetPrivacyRequestsHandler(PrivacyDbContext db, PersonalDataOffice office)
    : IRequestHandler<GetPrivacyRequests, PagedResult<PrivacyRequestDto>>
{
    public async Task<PagedResult<PrivacyRequestDto>> Handle(GetPrivacyRequests request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);
        var query = db.Requests.AsNoTracking();
        query = request.State switch
        {
            PrivacyRequestState.Open => query.Where(r => r.DoneAt == null),
            PrivacyRequestState.Done => query.Where(r => r.DoneAt != null),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(r => r.DoneAt == null ? 0 : 1).ThenBy(r => r.DoneAt == null ? r.DueOn : DateOnly.MaxValue).ThenByDescending(r => r.DoneAt)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<PrivacyRequestDto>(await office.ToDtosAsync(rows, cancellationToken), page, size, total);
    }
}

internal sealed class GetPrivacyRequestsOfPersonHandler(PrivacyDbContext db, PersonalDataOffice office)
    : IRequestHandler<GetPrivacyRequestsOfPerson, IReadOnlyList<PrivacyRequestDto>>
{
    public async Task<IReadOnlyList<PrivacyRequestDto>> Handle(GetPrivacyRequestsOfPerson request, CancellationToken cancellationToken)
    {
        var person = await office.ResolveAsync(request.ApplicationId, cancellationToken);
        var ids = person?.Keys.ApplicationIds.ToList() ?? [request.ApplicationId];
        var rows = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.ApplicationId))
            .OrderByDescending(r => r.ReceivedAt).ToListAsync(cancellationToken);
        return await office.ToDtosAsync(rows, cancellationToken);
    }
}

internal sealed class GetPrivacyRequestCountsHandler(PrivacyDbContext db, TimeProvider clock)
    : IRequestHandler<GetPrivacyRequestCounts, PrivacyRequestCounts>
{
    public async Task<PrivacyRequestCounts> Handle(GetPrivacyRequestCounts request, CancellationToken cancellationToken)
    {
        var today = ProgrammeTime.Today(clock);
        var open = db.Requests.AsNoTracking().Where(r => r.DoneAt == null);
        return new PrivacyRequestCounts(await open.CountAsync(cancellationToken), await open.CountAsync(r => r.DueOn < today, cancellationToken));
    }
}
