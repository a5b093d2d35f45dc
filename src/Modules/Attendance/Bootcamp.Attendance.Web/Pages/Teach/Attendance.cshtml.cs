using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Attendance.Web.Pages.Teach;

/// <summary>
/// An evening's attendance, made for a phone: one tap per person, "all present", a note. Two people saving the same
/// sheet never overwrite each other: a mark someone else changed meanwhile comes back as a conflict, with both values
/// shown and everything this person entered still in the form. Saving with people left unmarked first shows who, with
/// the marks typed kept, and saves only once confirmed ("save anyway"): those people then stay unmarked, not absent.
/// </summary>
internal sealed class AttendanceModel(IMediator mediator, TeachingAccess access, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<RowInput> Rows { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Saved { get; set; }

    /// <summary>Sent by the "save anyway" button only, so the confirmation covers the sheet as it was shown.</summary>
    [BindProperty]
    public bool ConfirmUnmarked { get; set; }

    /// <summary>The people a save would leave unmarked, when the page is asking for confirmation.</summary>
    public IReadOnlyList<AttendanceSheetRow> UnmarkedWarning { get; private set; } = [];

    public AttendanceSheetDto Sheet { get; private set; } = null!;

    public SessionDto Session { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, AttendanceConflict> Conflicts { get; private set; } = new Dictionary<Guid, AttendanceConflict>();

    public string? Problem { get; private set; }

    public bool IsFuture { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rows = [.. Sheet.Rows.Select(r => new RowInput { ParticipantId = r.ParticipantId, Mark = r.Mark, Note = r.Note, Version = r.Version })];
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(allPresent: false, cancellationToken);

    /// <summary>Everyone not marked yet becomes Present; marks already chosen stay as chosen.</summary>
    public Task<IActionResult> OnPostAllPresentAsync(CancellationToken cancellationToken) => SaveAsync(allPresent: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool allPresent, CancellationToken cancellationToken)
    {
        if (await access.MeetingAsync(mediator, User, Id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (allPresent)
        {
            foreach (var row in Rows.Where(r => r.Mark is null))
            {
                row.Mark = AttendanceMark.Present;
            }
        }

        var entries = Rows.Where(r => r.Mark is not null)
            .Select(r => new AttendanceEntry(r.ParticipantId, r.Mark, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), r.Version))
            .ToList();

        // With nothing marked there is nothing to confirm: the command says so. Otherwise, who would stay unmarked is read
        // from the current sheet, so someone enrolled since the page was loaded is not missed.
        if (entries.Count > 0 && !ConfirmUnmarked)
        {
            await LoadAsync(cancellationToken);
            var typed = entries.Select(e => e.ParticipantId).ToHashSet();
            UnmarkedWarning = [.. Sheet.Rows.Where(r => r.Mark is null && !typed.Contains(r.ParticipantId))];
            if (UnmarkedWarning.Count > 0 && Sheet.Meeting.Status == ClassMeetingStatus.Scheduled && !IsFuture)
            {
                return Page();
            }
        }

        try
        {
            var result = await mediator.Send(new RecordAttendance(Id, entries, SignedInUser.Id(User)), cancellationToken);
            if (result.Saved)
            {
                return RedirectToPage(new { id = Id, saved = result.Changed });
            }

            await LoadAsync(cancellationToken);
            Sheet = result.Sheet;
            Conflicts = result.Conflicts.ToDictionary(c => c.ParticipantId);
            // The editor now has seen the current marks: a second save deliberately replaces them.
            var versions = result.Sheet.Rows.ToDictionary(r => r.ParticipantId, r => r.Version);
            foreach (var row in Rows)
            {
                row.Version = versions.GetValueOrDefault(row.ParticipantId);
            }

            Problem = AttendanceText.AttendanceConflict;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        catch (ValidationFailedException failure)
        {
            await LoadAsync(cancellationToken);
            Problem = string.Join(" ", failure.Errors.SelectMany(e => e.Value).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.MeetingAsync(mediator, User, Id, cancellationToken) is not { } meeting)
        {
            return false;
        }

        Sheet = await mediator.Send(new GetAttendanceSheet(Id), cancellationToken);
        Session = await mediator.Send(new GetSession(meeting.SessionId), cancellationToken);
        IsFuture = meeting.Date > Display.Today(clock);
        return true;
    }

    public bool IsInWarning(Guid participantId) => UnmarkedWarning.Any(r => r.ParticipantId == participantId);

    public RowInput InputFor(Guid participantId, int index) =>
        Rows.FirstOrDefault(r => r.ParticipantId == participantId) ?? new RowInput { ParticipantId = participantId };

    internal sealed class RowInput
    {
        public Guid ParticipantId { get; set; }
        public AttendanceMark? Mark { get; set; }
        public string? Note { get; set; }
        public uint Version { get; set; }
    }
}
