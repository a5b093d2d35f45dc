using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Placements.Web.Pages.Placements;

/// <summary>The placement director records a completer's or a lead's placement (verified, since the director recorded it).</summary>
internal sealed class RecordModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Participant { get; set; }

    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public PlacementCandidateDto Person { get; private set; } = null!;

    /// <summary>Where the director came from: the leads list for a lead, the session's dashboard otherwise.</summary>
    public string BackUrl => Person.LeftEarly ? "/Placements/Leads" : $"/Placements?session={Person.SessionId}";

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
            ModelState.AddModelError("Input.StartDate", CommonText.DateRequired);
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
                SignedInUser.Id(User)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Details", "Input");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect(BackUrl);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Person = await mediator.Send(new GetPlacementCandidate(Participant), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
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
