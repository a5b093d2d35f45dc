using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Attendance.Web.Pages.Staff.Sessions;

/// <summary>The audit trail of attendance: every mark changed after it was first saved.</summary>
internal sealed class CorrectionsModel(IMediator mediator) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SessionDto Session { get; private set; } = null!;

    public IReadOnlyList<AttendanceCorrectionDto> Corrections { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Session = await mediator.Send(new GetSession(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var all = await mediator.Send(new GetAttendanceCorrections(Id), cancellationToken);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Corrections = [.. all.OrderByDescending(c => c.ChangedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }
}
