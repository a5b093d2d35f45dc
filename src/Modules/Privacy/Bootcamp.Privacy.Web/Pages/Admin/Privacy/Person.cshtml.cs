using Bootcamp.Privacy.Contracts;
using Bootcamp.Shared.Contracts.PersonalData;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Privacy.Web.Pages.Admin.Privacy;

/// <summary>One person's privacy: their requests, the copy of what is held on them, and their erasure behind a
/// confirmation that lists what will be deleted and what anonymised.</summary>
internal sealed class PersonModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "application")]
    public Guid ApplicationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public PrivacyRequestKind Kind { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public PersonErasurePlan Plan { get; private set; } = null!;

    public IReadOnlyList<PrivacyRequestDto> Requests { get; private set; } = [];

    public bool IsErased => string.IsNullOrWhiteSpace(Plan.PersonName);

    public string? Notice => Done switch
    {
        "received" => PrivacyText.NoticeReceived,
        "erased" => PrivacyText.NoticeErased,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReceiveAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Kind))
        {
            return BadRequest();
        }

        if (await mediator.Send(new PlanPersonErasure(ApplicationId), cancellationToken) is null)
        {
            return NotFound();
        }

        await mediator.Send(new ReceivePrivacyRequest(ApplicationId, Kind, PrivacyRequestChannel.Staff, SignedInUser.Id(User)), cancellationToken);
        return Redirect($"/Admin/Privacy/Person?application={ApplicationId}&done=received");
    }

    /// <summary>The machine-readable copy, in the person's language; delivering it answers their access request.</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        var export = await PersonLanguage.InAsync(Language ?? "fr-CA", () =>
            mediator.Send(new ExportPersonalData(ApplicationId, SignedInUser.Id(User)), cancellationToken));
        if (export is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(ExportDocument.Json(export), "application/json", $"personal-data-{export.ApplicationId:N}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!Confirmed)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Confirmed), PrivacyText.ConfirmErasureRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var done = await mediator.Send(new ErasePerson(ApplicationId, SignedInUser.Id(User)), cancellationToken);
        return done is null ? NotFound() : Redirect($"/Admin/Privacy/Person?application={ApplicationId}&done=erased");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await mediator.Send(new PlanPersonErasure(ApplicationId), cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Requests = await mediator.Send(new GetPrivacyRequestsOfPerson(ApplicationId), cancellationToken);
        return true;
    }

    public IEnumerable<(string Module, ErasureLine Line)> Lines =>
        Plan.Modules.SelectMany(m => m.Lines.Where(l => l.Count > 0).Select(l => (m.ModuleLabel, l)));
}
