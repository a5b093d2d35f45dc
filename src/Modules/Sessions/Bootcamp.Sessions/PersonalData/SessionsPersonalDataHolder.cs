using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Sessions.Contracts.SessionPersonalData;

namespace Bootcamp.Sessions.PersonalData;

/// <summary>
/// What Sessions holds on a person (decisions/0018). Participants and their completions are anonymised: the report's
/// participants, completion rate and seats count them. The audit of completion overrides (staff's reasons) and the
/// certificates go: once the name is gone a certificate certifies nobody, and its code then answers "unknown".
/// </summary>
internal sealed class SessionsPersonalDataHolder(SessionsDbContext db) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Sessions", i => SessionLabels.PersonalData(i));

    public string Module => "Sessions";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        var held = new HeldDataBuilder<Item>(Module, i => SessionLabels.PersonalData(i));
        foreach (var p in await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.EnrolledAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.Participant,
                (Item.Session, p.SessionId), (Item.FirstName, p.FirstName), (Item.LastName, p.LastName), (Item.Email, p.Email), (Item.Phone, p.Phone),
                (Item.PreferredLanguage, p.PreferredLanguage), (Item.Status, p.Status), (Item.EnrolledAt, p.EnrolledAt), (Item.WithdrawnAt, p.WithdrawnAt),
                (Item.WithdrawalReason, p.WithdrawalReason), (Item.WithdrawalNote, p.WithdrawalNote));
        }

        foreach (var c in await db.Completions.AsNoTracking().Where(c => ids.Contains(c.ParticipantId)).ToListAsync(cancellationToken))
        {
            held.Add(Item.Completion, (Item.Session, c.SessionId), (Item.Outcome, c.Outcome), (Item.AttendanceRate, c.AttendanceRate),
                (Item.CapstoneDone, c.CapstoneDone), (Item.DecidedAt, c.DecidedAt), (Item.OverrideReason, c.OverrideReason));
        }

        foreach (var o in await db.CompletionOverrides.AsNoTracking().Where(o => ids.Contains(o.ParticipantId)).OrderBy(o => o.At).ToListAsync(cancellationToken))
        {
            held.Add(Item.CompletionOverride, (Item.From, o.From), (Item.To, o.To), (Item.Reason, o.Reason), (Item.At, o.At));
        }

        foreach (var c in await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.ParticipantId)).OrderBy(c => c.IssuedAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.Certificate, (Item.Code, c.Code), (Item.IssuedAt, c.IssuedAt), (Item.RevokedAt, c.RevokedAt));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        var emails = await db.Participants.Where(p => ids.Contains(p.Id)).Select(p => p.Email).ToListAsync(cancellationToken);
        return Report(
            emails.Count(e => !ErasedValues.IsErased(e)),
            await db.Completions.CountAsync(c => ids.Contains(c.ParticipantId) && c.OverrideReason != null, cancellationToken),
            await db.CompletionOverrides.CountAsync(o => ids.Contains(o.ParticipantId), cancellationToken),
            await db.Certificates.CountAsync(c => ids.Contains(c.ParticipantId), cancellationToken),
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var participants = (await db.Participants.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).Count(p => p.Anonymise());
        var completions = (await db.Completions.Where(c => ids.Contains(c.ParticipantId)).ToListAsync(cancellationToken)).Count(c => c.ForgetOverrideReason());
        await db.SaveChangesAsync(cancellationToken);
        var overrides = await db.CompletionOverrides.Where(o => ids.Contains(o.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        var certificates = await db.Certificates.Where(c => ids.Contains(c.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(participants, completions, overrides, certificates, outbox);
    }

    private ErasureReport Report(int participants, int completions, int overrides, int certificates, int outbox) => new(Module,
    [
        Lines.Line(Item.Participant, ErasureEffect.Anonymised, participants),
        Lines.Line(Item.Completion, ErasureEffect.Anonymised, completions),
        Lines.Line(Item.CompletionOverride, ErasureEffect.Deleted, overrides),
        Lines.Line(Item.Certificate, ErasureEffect.Deleted, certificates),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
