using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Applications.Web.Pages.Staff.Applications;

/// <summary>Screening form fields; <see cref="Outcome"/> is "eligible" or "ineligible".</summary>
internal sealed class ScreeningInput
{
    public string? Outcome { get; set; }
    /// <summary>Only posted by older clients: the form sends <see cref="Ratings"/> and the score is computed from them.</summary>
    public int? Score { get; set; }

    /// <summary>One rating per screening criterion, by key ("Input.Ratings[motivation]").</summary>
    public Dictionary<string, int?> Ratings { get; set; } = new(StringComparer.Ordinal);

    public string? Reason { get; set; }
    public string? Notes { get; set; }
}

/// <summary>Offer-a-seat form fields: a reason for the log and an explicit confirmation of the exception.</summary>
internal sealed class PromotionInput
{
    public string? Reason { get; set; }
    public bool Confirmed { get; set; }
}

internal sealed class DetailModel(IMediator mediator, UserDirectory people) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Promoted { get; set; }

    [BindProperty]
    public ScreeningInput Input { get; set; } = new();

    [BindProperty]
    public PromotionInput Promotion { get; set; } = new();

    /// <summary>The offer-a-seat form was posted and refused: its messages belong to it, not to screening.</summary>
    public bool PromotionFailed { get; private set; }

    public ApplicationDetailDto Application { get; private set; } = null!;

    /// <summary>The configured screening criteria, one input each.</summary>
    public IReadOnlyList<ScreeningCriterionDto> Criteria { get; private set; } = [];

    /// <summary>The form field (and ModelState key) of one criterion's rating.</summary>
    public static string RatingField(string key) => $"{nameof(Input)}.{nameof(ScreeningInput.Ratings)}[{key}]";

    public IReadOnlyList<AuditEntryDto> Trail { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public string Person(Guid id) => People.TryGetValue(id, out var name) ? name : "—";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillScreening();
        return Page();
    }

    /// <summary>Staff offer a seat to this waitlisted person, outside the ranking, with a logged reason.</summary>
    public async Task<IActionResult> OnPostPromoteAsync(CancellationToken cancellationToken)
    {
        if (!Promotion.Confirmed)
        {
            ModelState.AddModelError($"{nameof(Promotion)}.{nameof(PromotionInput.Confirmed)}", ApplicationsText.PromotionConfirmRequired);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(new PromoteFromWaitlist(Id, SignedInUser.Id(User), Promotion.Reason ?? ""), cancellationToken);
                return RedirectToPage(new { id = Id, promoted = true });
            }
            catch (ValidationFailedException failure)
            {
                foreach (var (key, messages) in failure.Errors)
                {
                    var field = key == nameof(PromoteFromWaitlist.Reason) ? $"{nameof(Promotion)}.{nameof(PromotionInput.Reason)}" : nameof(Promotion);
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }
            }
            catch (ConflictException conflict)
            {
                ModelState.AddModelError(nameof(Promotion), conflict.Message);
            }
        }

        PromotionFailed = true;
        Saved = false;
        Promoted = false;
        await LoadAsync(cancellationToken);
        FillScreening();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void FillScreening() =>
        Input = new ScreeningInput
        {
            Outcome = Application.Screening switch
            {
                ScreeningState.Eligible => "eligible",
                ScreeningState.Ineligible => "ineligible",
                _ => null,
            },
            Score = Application.Score,
            Ratings = Application.Ratings?.ToDictionary(r => r.Key, r => (int?)r.Value, StringComparer.Ordinal)
                ?? new Dictionary<string, int?>(StringComparer.Ordinal),
            Reason = Application.IneligibleReason,
        };

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!BindingFailed)
        {
            try
            {
                // Ratings when any was entered (the score is then computed); otherwise the plain score, as before.
                var rated = Input.Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value, StringComparer.Ordinal);
                await mediator.Send(new ReviewApplication(Id, SignedInUser.Id(User), Input.Outcome != "ineligible", Input.Score, Input.Reason,
                    Input.Notes, rated.Count > 0 ? rated : null), cancellationToken);
                return RedirectToPage(new { id = Id, saved = true });
            }
            catch (ValidationFailedException failure)
            {
                foreach (var (key, messages) in failure.Errors)
                {
                    // The module names the request's properties; the form's fields live under Input.
                    var field = key is nameof(ReviewApplication.Score) or nameof(ReviewApplication.Reason) or nameof(ReviewApplication.Notes)
                        || key.StartsWith($"{nameof(ReviewApplication.Ratings)}[", StringComparison.Ordinal)
                        ? $"{nameof(Input)}.{key}"
                        : "";
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }
            }
        }

        Saved = false;
        Promoted = false;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Application = await mediator.Send(new GetApplicationDetail(Id, SignedInUser.Id(User)), cancellationToken);
        Criteria = await mediator.Send(new GetScreeningCriteria(), cancellationToken);
        Trail = await mediator.Send(new GetAuditTrail(Id), cancellationToken);
        People = await people.NamesAsync(Trail.Select(t => t.ActorId).Concat(Application.Decisions.Select(d => d.DecidedBy))
            .Concat(Application.Notes.Select(n => n.AuthorId)).Distinct());
    }
}
