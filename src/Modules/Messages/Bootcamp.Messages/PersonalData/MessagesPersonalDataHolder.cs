using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Messages.Contracts.MessagesPersonalData;

namespace Bootcamp.Messages.PersonalData;

/// <summary>
/// What Messages holds on a person (decisions/0018): that a message was written to them, by their application. No
/// published figure counts these rows, so erasure deletes them; the message keeps its counts, which name nobody. The
/// message text is the team's, written to a group, and stays.
/// </summary>
internal sealed class MessagesPersonalDataHolder(MessagesDbContext db) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Messages", i => MessagesLabels.PersonalData(i));

    public string Module => "Messages";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var held = new HeldDataBuilder<Item>(Module, i => MessagesLabels.PersonalData(i));
        var ids = person.ApplicationIds.ToList();
        var rows = await db.Recipients.AsNoTracking().Where(r => ids.Contains(r.ApplicationId))
            .Join(db.Messages, r => r.MessageId, m => m.Id, (r, m) => new { r.State, r.HandledAt, m.SessionId, m.SubjectFr, m.SubjectEn, m.SentAt })
            .OrderBy(r => r.SentAt)
            .ToListAsync(cancellationToken);
        foreach (var r in rows)
        {
            held.Add(Item.MessageReceived, (Item.Session, r.SessionId), (Item.Subject, r.SubjectFr ?? r.SubjectEn),
                (Item.State, r.State.ToString()), (Item.SentAt, r.HandledAt));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ApplicationIds.ToList();
        return Report(await db.Recipients.CountAsync(r => ids.Contains(r.ApplicationId), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ApplicationIds.ToList();
        return Report(await db.Recipients.Where(r => ids.Contains(r.ApplicationId)).ExecuteDeleteAsync(cancellationToken));
    }

    private ErasureReport Report(int recipients) => new(Module, [Lines.Line(Item.MessageReceived, ErasureEffect.Deleted, recipients)])
    {
        ModuleLabel = Lines.ModuleLabel(Item.Module),
    };
}
