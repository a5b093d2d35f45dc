using System.Globalization;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Sessions.Web.Pages.Staff.Sessions;

internal sealed class EditModel(IMediator mediator, UserDirectory people, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public SessionDetails Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public IReadOnlyList<TeamMember> Instructors { get; private set; } = [];

    public string DateValue(DateOnly date) => date == default ? "" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var session = await mediator.Send(new GetSession(id), cancellationToken);
            Input = session.Details;
            Version = session.Version;
        }
        else
        {
            Input = Suggested(Display.Today(clock));
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!BindingFailed)
        {
            try
            {
                var id = Id is { } existing
                    ? await mediator.Send(new UpdateSession(existing, Input, Version), cancellationToken)
                    : await mediator.Send(new ScheduleSession(Input), cancellationToken);
                return RedirectToPage(new { id, saved = true });
            }
            catch (ValidationFailedException failure)
            {
                AddErrors(failure, nameof(ScheduleSession.Details), nameof(Input));
            }
            catch (ConflictException conflict)
            {
                ModelState.AddModelError("", conflict.Message);
            }
        }

        Saved = false;
        await LoadChoicesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Tracks = await mediator.Send(new GetTracks(), cancellationToken);
        Instructors = await people.InRoleAsync(Roles.Instructor);
    }

    /// <summary>A new session starts from the programme's usual shape: Monday and Wednesday evenings, 25 seats, 70/30.</summary>
    private static SessionDetails Suggested(DateOnly today)
    {
        var start = today.AddDays(56);
        while (start.DayOfWeek != DayOfWeek.Monday)
        {
            start = start.AddDays(1);
        }

        return new SessionDetails
        {
            StartDate = start,
            EndDate = start.AddDays(8 * 7 - 5),
            Days = [DayOfWeek.Monday, DayOfWeek.Wednesday],
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Capacity = 25,
            NewcomerSharePercent = 70,
            ApplicationOpensOn = today,
            ApplicationClosesOn = start.AddDays(-7),
        };
    }
}
