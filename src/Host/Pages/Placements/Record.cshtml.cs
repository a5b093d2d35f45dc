using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Resources;
using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Placements;

/// <summary>The placement director records a completer's placement (verified, since the director recorded it).</summary>
internal sealed class RecordModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Participant { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Session { get; set; }

    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public FollowUpWaveDto Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.StartDate is null)
        {
            ModelState.AddModelError("Input.StartDate", DeliveryText.DateRequired);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new RecordPlacement(Participant, new PlacementDetails(
                Input.Outcome, Input.Employer, Input.JobTitle, Input.StartDate!.Value, Input.InTechField, Input.EmploymentType, Input.SalaryBand),
                TeachingAccess.UserId(User)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Details", "Input");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/Placements?session={Session}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var waves = await mediator.Send(new GetFollowUpWaves(Session), cancellationToken);
        Person = waves.FirstOrDefault(w => w.ParticipantId == Participant)!;
        return Person is not null;
    }

    internal sealed class PlacementInput
    {
        public OutcomeCode Outcome { get; set; } = OutcomeCode.FullTimeEmployee;
        public string? Employer { get; set; }
        public string? JobTitle { get; set; }
        public DateOnly? StartDate { get; set; }
        public bool InTechField { get; set; } = true;
        public EmploymentType EmploymentType { get; set; } = EmploymentType.FullTime;
        public SalaryBand? SalaryBand { get; set; }
    }
}
