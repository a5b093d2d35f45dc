using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Attendance.Web.Pages.Teach;

/// <summary>One session for those who teach it: its evenings (staff cancel one or add a make-up class), its roster
/// with contact details, and who is at risk.</summary>
internal sealed class SessionModel(IMediator mediator, TeachingAccess access, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public IReadOnlyList<ClassMeetingDto> Meetings { get; private set; } = [];

    public IReadOnlyList<ParticipantDto> Roster { get; private set; } = [];

    public IReadOnlyList<AtRiskParticipantDto> AtRisk { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanManage => TeachingAccess.IsStaff(User);

    /// <summary>Whether enrolled people get a reminder the day before each evening.</summary>
    public bool EveningReminder { get; private set; }

    [BindProperty]
    public bool RemindEnabled { get; set; }

    [BindProperty]
    public MakeUpInput MakeUp { get; set; } = new();

    [BindProperty]
    public Guid MeetingId { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        await ManageAsync(() => mediator.Send(new CancelClassMeeting(MeetingId, CancelReason ?? ""), cancellationToken), AttendanceText.MeetingCancelled, "CancelReason", cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        await ManageAsync(() => mediator.Send(new RestoreClassMeeting(MeetingId), cancellationToken), AttendanceText.MeetingRestored, null, cancellationToken);

    public async Task<IActionResult> OnPostReminderAsync(CancellationToken cancellationToken) =>
        await ManageAsync(
            async () =>
            {
                await mediator.Send(new SetEveningReminder(Id, RemindEnabled), cancellationToken);
                return Id;
            },
            RemindEnabled ? AttendanceText.ReminderTurnedOn : AttendanceText.ReminderTurnedOff, null, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (BindingFailed || MakeUp.Date is null || MakeUp.StartsAt is null || MakeUp.EndsAt is null)
        {
            if (MakeUp.Date is null)
            {
                ModelState.AddModelError("MakeUp.Date", CommonText.DateRequired);
            }

            return await LoadAsync(cancellationToken) ? BadRequestPage() : NotFound();
        }

        return await ManageAsync(
            () => mediator.Send(new AddClassMeeting(Id, MakeUp.Date.Value, MakeUp.StartsAt.Value, MakeUp.EndsAt.Value, MakeUp.Note), cancellationToken),
            AttendanceText.MeetingAdded, "MakeUp", cancellationToken);
    }

    private async Task<IActionResult> ManageAsync(Func<Task<Guid>> change, string done, string? errorPrefix, CancellationToken cancellationToken)
    {
        if (!CanManage || await access.SessionAsync(User, Id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (MeetingId != Guid.Empty && (await access.MeetingAsync(mediator, User, MeetingId, cancellationToken))?.SessionId != Id)
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
            if (errorPrefix is null)
            {
                Problem = string.Join(" ", failure.Errors.SelectMany(e => e.Value));
            }
            else
            {
                foreach (var (key, messages) in failure.Errors)
                {
                    foreach (var message in messages)
                    {
                        var field = errorPrefix == "MakeUp" ? "MakeUp." + key : errorPrefix;
                        ModelState.AddModelError(field, message);
                    }
                }
            }

            return await LoadAsync(cancellationToken) ? BadRequestPage() : NotFound();
        }
        catch (ConflictException conflict)
        {
            Problem = conflict.Message;
            return await LoadAsync(cancellationToken) ? BadRequestPage() : NotFound();
        }
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.SessionAsync(User, Id, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Today = Display.Today(clock);
        Meetings = await mediator.Send(new GetClassMeetings(Id), cancellationToken);
        EveningReminder = await mediator.Send(new GetEveningReminder(Id), cancellationToken);
        Roster = await mediator.Send(new GetRoster(Id), cancellationToken);
        AtRisk = await mediator.Send(new GetAtRiskParticipants(Today, Id), cancellationToken);
        MakeUp.StartsAt ??= session.Details.StartsAt;
        MakeUp.EndsAt ??= session.Details.EndsAt;
        return true;
    }

    internal sealed class MakeUpInput
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? StartsAt { get; set; }
        public TimeOnly? EndsAt { get; set; }
        public string? Note { get; set; }
    }
}
