using Bootcamp.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity.Audit;

public sealed record AccountEventRow(Guid Id, DateTimeOffset At, Guid? ActorId, Guid? SubjectId, string Action, string? Detail);

public sealed record AccountEventFilter(Guid? PersonId, DateOnly? From, DateOnly? To, string? Action);

/// <summary>Writes and reads the account audit (identity schema). Writing is its own small insert: an action that
/// failed half-way is still recorded as attempted by the caller, never silently dropped.</summary>
public sealed class AccountAudit
{
    public const int MaxDetailLength = 500;

    private readonly IdentityStoreDbContext _db;
    private readonly TimeProvider _clock;

    internal AccountAudit(IdentityStoreDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public async Task RecordAsync(string action, Guid? actorId, Guid? subjectId, string? detail = null, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        _db.AccountEvents.Add(new AccountEvent
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            ActorId = actorId is { } a && a != Guid.Empty ? a : null,
            SubjectId = subjectId,
            Action = action,
            Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
        });
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first. A person matches as actor or as subject; dates are whole days in UTC.</summary>
    public IQueryable<AccountEventRow> Query(AccountEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = _db.AccountEvents.AsNoTracking();
        if (filter.PersonId is { } person)
        {
            events = events.Where(e => e.ActorId == person || e.SubjectId == person);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.At < end);
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            events = events.Where(e => e.Action == filter.Action);
        }

        return events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AccountEventRow(e.Id, e.At, e.ActorId, e.SubjectId, e.Action, e.Detail));
    }
}
