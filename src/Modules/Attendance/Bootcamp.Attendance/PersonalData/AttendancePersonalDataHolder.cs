using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Attendance.Contracts.AttendancePersonalData;

namespace Bootcamp.Attendance.PersonalData;

/// <summary>
/// What Attendance holds on a person (decisions/0018), all keyed on their participant ids. Marks and milestone progress
/// stay without their notes and comments: the attendance rate and the completion decision count them. Corrections are
/// an audit of notes and marks, read by staff only, and go.
/// </summary>
internal sealed class AttendancePersonalDataHolder(AttendanceDbContext db) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Attendance", i => AttendanceLabels.PersonalData(i));

    public string Module => "Attendance";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        var held = new HeldDataBuilder<Item>(Module, i => AttendanceLabels.PersonalData(i));
        var marks = await db.AttendanceRecords.AsNoTracking().Where(r => ids.Contains(r.ParticipantId))
            .Join(db.ClassMeetings, r => r.MeetingId, m => m.Id, (r, m) => new { r, m.Date }).OrderBy(x => x.Date).ToListAsync(cancellationToken);
        foreach (var x in marks)
        {
            held.Add(Item.Mark, (Item.Session, x.r.SessionId), (Item.Meeting, x.Date), (Item.Value, x.r.Mark), (Item.Note, x.r.Note), (Item.RecordedAt, x.r.RecordedAt));
        }

        foreach (var c in await db.AttendanceCorrections.AsNoTracking().Where(c => ids.Contains(c.ParticipantId)).OrderBy(c => c.ChangedAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.Correction, (Item.Session, c.SessionId), (Item.FromMark, c.FromMark), (Item.ToMark, c.ToMark),
                (Item.FromNote, c.FromNote), (Item.ToNote, c.ToNote), (Item.ChangedAt, c.ChangedAt));
        }

        var progress = await db.MilestoneProgress.AsNoTracking().Where(p => ids.Contains(p.ParticipantId))
            .Join(db.Milestones, p => p.MilestoneId, m => m.Id, (p, m) => new { p, m.Position, m.NameFr, m.NameEn }).OrderBy(x => x.Position).ToListAsync(cancellationToken);
        var french = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        foreach (var x in progress)
        {
            held.Add(Item.Progress, (Item.Session, x.p.SessionId), (Item.Milestone, french ? x.NameFr : x.NameEn), (Item.Status, x.p.Status),
                (Item.Comment, x.p.Comment), (Item.UpdatedAt, x.p.UpdatedAt));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        return Report(
            await db.AttendanceRecords.CountAsync(r => ids.Contains(r.ParticipantId) && r.Note != null, cancellationToken),
            await db.MilestoneProgress.CountAsync(p => ids.Contains(p.ParticipantId) && p.Comment != null, cancellationToken),
            await db.AttendanceCorrections.CountAsync(c => ids.Contains(c.ParticipantId), cancellationToken),
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marks = (await db.AttendanceRecords.Where(r => ids.Contains(r.ParticipantId) && r.Note != null).ToListAsync(cancellationToken)).Count(r => r.ForgetNote());
        var progress = (await db.MilestoneProgress.Where(p => ids.Contains(p.ParticipantId) && p.Comment != null).ToListAsync(cancellationToken)).Count(p => p.ForgetComment());
        await db.SaveChangesAsync(cancellationToken);
        var corrections = await db.AttendanceCorrections.Where(c => ids.Contains(c.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(marks, progress, corrections, outbox);
    }

    private ErasureReport Report(int marks, int progress, int corrections, int outbox) => new(Module,
    [
        Lines.Line(Item.Mark, ErasureEffect.Anonymised, marks),
        Lines.Line(Item.Progress, ErasureEffect.Anonymised, progress),
        Lines.Line(Item.Correction, ErasureEffect.Deleted, corrections),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
