using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Marks;

/// <summary>
/// Saves an evening's sheet, all or nothing. The meeting's row is locked first (SELECT … FOR UPDATE), so two editors
/// saving at once are serialised and the second one compares against what the first wrote: the check and the write are
/// one atomic step. A mark someone else changed since this editor read it, and which this editor would now overwrite with
/// something different, is a conflict; then nothing is saved and the current sheet comes back. Submitting the same sheet
/// twice is therefore a harmless no-op. Only the people in the entries are written: a partial sheet leaves everyone else
/// unmarked, which is not absent (decisions/0010). The validator has made sure every entry carries a mark.
/// </summary>
internal sealed class RecordAttendanceHandler(AttendanceDbContext db, IMediator mediator, AttendanceSheets sheets, TimeProvider clock)
    : IRequestHandler<RecordAttendance, RecordAttendanceResult>
{
    public async Task<RecordAttendanceResult> Handle(RecordAttendance request, CancellationToken cancellationToken)
    {
        var meeting = (await db.ClassMeetings
                .FromSql($"SELECT * FROM attendance.class_meetings WHERE id = {request.MeetingId} FOR UPDATE")
                .AsNoTracking()
                .ToListAsync(cancellationToken))
            .SingleOrDefault()
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        if (meeting.Status == ClassMeetingStatus.Cancelled)
        {
            throw Invalid(nameof(RecordAttendance.MeetingId), AttendanceMessages.MeetingCancelled);
        }

        // The evening of the class itself is allowed: attendance is taken while it runs.
        if (meeting.Date > ProgrammeTime.Today(clock))
        {
            throw Invalid(nameof(RecordAttendance.MeetingId), AttendanceMessages.MeetingInFuture);
        }

        var roster = await mediator.Send(new GetRoster(meeting.SessionId), cancellationToken);
        var onRoster = roster.ToDictionary(p => p.Id);
        for (var i = 0; i < request.Entries.Count; i++)
        {
            if (!onRoster.ContainsKey(request.Entries[i].ParticipantId))
            {
                throw Invalid($"{nameof(RecordAttendance.Entries)}[{i}].{nameof(AttendanceEntry.ParticipantId)}", AttendanceMessages.NotOnRoster);
            }
        }

        try
        {
            return await SaveAsync(request, meeting, onRoster, roster, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Only reachable if a writer skipped the meeting lock: EF rolled back to its savepoint, so compare again
            // against what that writer stored, which turns the race into a conflict (or a no-op) instead of a 500.
            db.ChangeTracker.Clear();
            return await SaveAsync(request, meeting, onRoster, roster, cancellationToken);
        }
    }

    private async Task<RecordAttendanceResult> SaveAsync(
        RecordAttendance request, ClassMeeting meeting, Dictionary<Guid, ParticipantDto> onRoster, IReadOnlyList<ParticipantDto> roster,
        CancellationToken cancellationToken)
    {
        var current = await db.AttendanceRecords.Where(r => r.MeetingId == meeting.Id).ToDictionaryAsync(r => r.ParticipantId, cancellationToken);
        var conflicting = request.Entries
            .Select(e => (Entry: e, Current: current.GetValueOrDefault(e.ParticipantId)))
            .Where(x => (uint)(x.Current?.Version ?? 0) != x.Entry.ReadVersion && !Same(x.Current, x.Entry))
            .ToList();
        if (conflicting.Count > 0)
        {
            var editors = conflicting.Where(c => c.Current is not null).Select(c => c.Current!.RecordedBy).Distinct().ToList();
            var names = editors.Count == 0
                ? new Dictionary<Guid, string>()
                : await mediator.Send(new GetTeamMemberNames(editors), cancellationToken);
            var conflicts = conflicting.Select(c =>
            {
                var person = onRoster[c.Entry.ParticipantId];
                return new AttendanceConflict(
                    person.Id, person.FirstName, person.LastName, c.Current?.Mark, c.Current?.Note, (uint)(c.Current?.Version ?? 0),
                    c.Entry.Mark!.Value, Normalise(c.Entry.Note), c.Current is null ? null : names.GetValueOrDefault(c.Current.RecordedBy),
                    c.Current?.RecordedAt);
            }).ToList();
            db.ChangeTracker.Clear();
            return new RecordAttendanceResult(false, 0, conflicts, await sheets.BuildAsync(meeting, roster, cancellationToken));
        }

        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var entry in request.Entries)
        {
            var mark = entry.Mark!.Value;
            var note = Normalise(entry.Note);
            if (current.GetValueOrDefault(entry.ParticipantId) is not { } record)
            {
                db.AttendanceRecords.Add(new AttendanceRecord
                {
                    Id = Guid.CreateVersion7(now),
                    MeetingId = meeting.Id,
                    SessionId = meeting.SessionId,
                    ParticipantId = entry.ParticipantId,
                    Mark = mark,
                    Note = note,
                    RecordedBy = request.RecordedBy,
                    RecordedAt = now,
                    Version = 1,
                });
                changed++;
            }
            else if (!Same(record, entry))
            {
                db.AttendanceCorrections.Add(new AttendanceCorrection
                {
                    Id = Guid.CreateVersion7(now),
                    MeetingId = meeting.Id,
                    SessionId = meeting.SessionId,
                    ParticipantId = entry.ParticipantId,
                    FromMark = record.Mark,
                    ToMark = mark,
                    FromNote = record.Note,
                    ToNote = note,
                    ChangedBy = request.RecordedBy,
                    ChangedAt = now,
                });
                record.Mark = mark;
                record.Note = note;
                record.RecordedBy = request.RecordedBy;
                record.RecordedAt = now;
                record.Version++;
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RecordAttendanceResult(true, changed, [], await sheets.BuildAsync(meeting, roster, cancellationToken));
    }

    private static bool Same(AttendanceRecord? current, AttendanceEntry entry) =>
        current is not null && current.Mark == entry.Mark && string.Equals(current.Note, Normalise(entry.Note), StringComparison.Ordinal);

    private static string? Normalise(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static ValidationFailedException Invalid(string property, string message) => ValidationFailedException.For(property, message);
}
