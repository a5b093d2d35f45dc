using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Attendance.Web.Pages.Staff.Tracks;

/// <summary>A track's curriculum: milestones in order, in both languages, one of them the capstone.</summary>
internal sealed class MilestonesModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid MilestoneId { get; set; }

    [BindProperty]
    public MilestoneInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public TrackDto Track { get; private set; } = null!;

    public IReadOnlyList<MilestoneDto> Milestones { get; private set; } = [];

    /// <summary>The milestone whose form failed validation, so its messages show next to it.</summary>
    public Guid? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new AddMilestone(Id, Details()), cancellationToken), AttendanceText.MilestoneAdded, Guid.Empty, cancellationToken);

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new UpdateMilestone(MilestoneId, Details()), cancellationToken), AttendanceText.MilestoneSaved, MilestoneId, cancellationToken);

    public Task<IActionResult> OnPostUpAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new MoveMilestone(MilestoneId, -1), cancellationToken), AttendanceText.MilestoneSaved, MilestoneId, cancellationToken);

    public Task<IActionResult> OnPostDownAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new MoveMilestone(MilestoneId, 1), cancellationToken), AttendanceText.MilestoneSaved, MilestoneId, cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(bool archived, CancellationToken cancellationToken) =>
        ChangeAsync(() => mediator.Send(new ArchiveMilestone(MilestoneId, archived), cancellationToken),
            archived ? AttendanceText.MilestoneArchived : AttendanceText.MilestoneRestored, MilestoneId, cancellationToken);

    private MilestoneDetails Details() => new(Input.NameFr?.Trim() ?? "", Input.NameEn?.Trim() ?? "", Input.IsCapstone);

    private async Task<IActionResult> ChangeAsync(Func<Task<Guid>> change, string done, Guid form, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (MilestoneId != Guid.Empty && Milestones.All(m => m.Id != MilestoneId))
        {
            return NotFound();
        }

        try
        {
            await change();
            Notice = done;
            return RedirectToPage(new { id = Id });
        }
        catch (ValidationFailedException failure)
        {
            Failed = form;
            AddErrors(failure, "Details", "Input");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var tracks = await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken);
        if (tracks.FirstOrDefault(t => t.Id == Id) is not { } track)
        {
            return false;
        }

        Track = track;
        Milestones = await mediator.Send(new GetMilestones(Id, IncludeArchived: true), cancellationToken);
        return true;
    }

    internal sealed class MilestoneInput
    {
        public string? NameFr { get; set; }
        public string? NameEn { get; set; }
        public bool IsCapstone { get; set; }
    }
}
