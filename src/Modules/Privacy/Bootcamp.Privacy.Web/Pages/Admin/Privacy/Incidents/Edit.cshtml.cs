using Bootcamp.Privacy.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Privacy.Web.Pages.Admin.Privacy.Incidents;

/// <summary>Records a new incident, or updates an open one as it is assessed and notified, and closes it.</summary>
internal sealed class EditModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public IncidentInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public bool ConfirmClose { get; set; }

    public IncidentDto? Incident { get; private set; }

    public DateOnly Today => ProgrammeTime.Today(clock);

    public bool IsNew => Id is null;

    public bool IsClosed => Incident?.State == IncidentState.Closed;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null && Request.Query.ContainsKey("id"))
        {
            return NotFound();
        }

        if (Id is null)
        {
            Input = new IncidentInput { DiscoveredOn = Today };
            return Page();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = IncidentInput.From(Incident!.Details);
        Version = Incident.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (BindingFailed)
        {
            return Invalid();
        }

        try
        {
            if (Id is { } existing)
            {
                await mediator.Send(new UpdateIncident(existing, Input.ToDetails(), Version), cancellationToken);
                return Redirect("/Admin/Privacy/Incidents?done=saved");
            }

            await mediator.Send(new RecordIncident(Input.ToDetails(), SignedInUser.Id(User)), cancellationToken);
            return Redirect("/Admin/Privacy/Incidents?done=recorded");
        }
        catch (ValidationFailedException failure)
        {
            Place(failure);
            return Invalid();
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
            return Invalid(StatusCodes.Status409Conflict);
        }
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = IncidentInput.From(Incident!.Details);
        if (!ConfirmClose)
        {
            ModelState.AddModelError(nameof(ConfirmClose), PrivacyText.ConfirmCloseRequired);
            return Invalid();
        }

        try
        {
            await mediator.Send(new CloseIncident(id, SignedInUser.Id(User), Version), cancellationToken);
            return Redirect("/Admin/Privacy/Incidents?done=closed");
        }
        catch (ValidationFailedException failure)
        {
            Place(failure);
            return Invalid();
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
            return Invalid(StatusCodes.Status409Conflict);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Incident = await mediator.Send(new GetIncident(Id!.Value), cancellationToken);
        return Incident is not null;
    }

    private void Place(ValidationFailedException failure)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError("Input." + field, message);
            }
        }
    }

    private PageResult Invalid(int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The form's fields; empty text is null, so "not yet known" stays distinct from a value.</summary>
    internal sealed class IncidentInput
    {
        public string? Summary { get; set; }
        public string? DataConcerned { get; set; }
        public DateOnly? OccurredOn { get; set; }
        public DateOnly? DiscoveredOn { get; set; }
        public int? PeopleConcerned { get; set; }
        public IncidentRisk Risk { get; set; } = IncidentRisk.NotAssessed;
        public string? RiskAssessment { get; set; }
        public DateOnly? CommissionNotifiedOn { get; set; }
        public DateOnly? PeopleNotifiedOn { get; set; }
        public string? Measures { get; set; }

        public IncidentDetails ToDetails() => new(
            Summary, DataConcerned, OccurredOn, DiscoveredOn, PeopleConcerned, Risk, RiskAssessment, CommissionNotifiedOn, PeopleNotifiedOn, Measures);

        public static IncidentInput From(IncidentDetails d) => new()
        {
            Summary = d.Summary, DataConcerned = d.DataConcerned, OccurredOn = d.OccurredOn, DiscoveredOn = d.DiscoveredOn,
            PeopleConcerned = d.PeopleConcerned, Risk = d.Risk, RiskAssessment = d.RiskAssessment,
            CommissionNotifiedOn = d.CommissionNotifiedOn, PeopleNotifiedOn = d.PeopleNotifiedOn, Measures = d.Measures,
        };
    }
}
