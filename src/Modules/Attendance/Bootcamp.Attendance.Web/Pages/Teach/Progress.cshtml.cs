using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Attendance.Web.Pages.Teach;

/// <summary>The session's progress grid; choosing a participant opens their milestones for marking.</summary>
internal sealed class ProgressModel(IMediator mediator, TeachingAccess access) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ParticipantId { get; set; }

    [BindProperty]
    public List<CellInput> Cells { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public ProgressGridDto Grid { get; private set; } = null!;

    public ProgressGridRow? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Selected is not null)
        {
            Cells = [.. Selected.Cells.Select(c => new CellInput { MilestoneId = c.MilestoneId, Status = c.Status, Comment = c.Comment, Was = c.Status, WasComment = c.Comment })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Selected is null)
        {
            return NotFound();
        }

        var changed = 0;
        try
        {
            foreach (var cell in Cells.Where(c => c.Status != c.Was || (c.Comment ?? "") != (c.WasComment ?? "")))
            {
                await mediator.Send(new MarkProgress(Id, Selected.ParticipantId, cell.MilestoneId, cell.Status, cell.Comment, SignedInUser.Id(User)), cancellationToken);
                changed++;
            }
        }
        catch (ValidationFailedException failure)
        {
            foreach (var message in failure.Errors.SelectMany(e => e.Value).Distinct())
            {
                ModelState.AddModelError(string.Empty, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = string.Format(System.Globalization.CultureInfo.CurrentCulture, AttendanceText.ProgressSaved, changed, $"{Selected.FirstName} {Selected.LastName}");
        return RedirectToPage(new { id = Id, participantId = (Guid?)null });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.SessionAsync(User, Id, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Grid = await mediator.Send(new GetProgressGrid(Id), cancellationToken);
        if (ParticipantId is { } participantId)
        {
            Selected = Grid.Rows.FirstOrDefault(r => r.ParticipantId == participantId);
            return Selected is not null;
        }

        return true;
    }

    internal sealed class CellInput
    {
        public Guid MilestoneId { get; set; }
        public ProgressStatus Status { get; set; }
        public string? Comment { get; set; }
        public ProgressStatus Was { get; set; }
        public string? WasComment { get; set; }
    }
}
