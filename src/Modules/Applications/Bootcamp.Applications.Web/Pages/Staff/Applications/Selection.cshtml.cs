using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Applications.Web.Pages.Staff.Applications;

/// <summary>Preview first, then commit behind an explicit "I have reviewed the preview".</summary>
internal sealed class SelectionModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "session")]
    public Guid SessionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public RankingChoice Rule { get; set; } = RankingChoice.ScoreThenSubmission;

    [BindProperty(SupportsGet = true)]
    public string? Seed { get; set; }

    [BindProperty]
    public bool Reviewed { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public SeatPlan Plan { get; private set; } = new(0, 0);

    public bool WindowClosed { get; private set; }

    public SelectionPreviewDto? Preview { get; private set; }

    public SelectionPreviewDto? Committed { get; private set; }

    public IReadOnlyList<CategoryCount> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>What selection would do now; nothing is saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (SeedMissing())
        {
            await LoadAsync(cancellationToken);
            return BadRequestPage();
        }

        await LoadAsync(cancellationToken);
        Preview = await mediator.Send(new PreviewSelection(SessionId, Rule, LotterySeed), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        if (!Reviewed)
        {
            ModelState.AddModelError(nameof(Reviewed), ApplicationsText.SelectionConfirmRequired);
        }

        if (SeedMissing() || !ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            Preview = await mediator.Send(new PreviewSelection(SessionId, Rule, LotterySeed), cancellationToken);
            return BadRequestPage();
        }

        try
        {
            Committed = await mediator.Send(new CommitSelection(SessionId, SignedInUser.Id(User), Rule, LotterySeed), cancellationToken);
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError("", conflict.Message);
            await LoadAsync(cancellationToken);
            return BadRequestPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private string? LotterySeed => Rule == RankingChoice.SeededLottery ? Seed?.Trim() : null;

    private bool SeedMissing()
    {
        if (Rule == RankingChoice.SeededLottery && string.IsNullOrWhiteSpace(Seed))
        {
            ModelState.AddModelError(nameof(Seed), ApplicationsText.SelectionSeedRequired);
            return true;
        }

        return false;
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Session = await mediator.Send(new GetSession(SessionId), cancellationToken);
        Plan = SeatPlan.For(Session.Details.Capacity, Session.Details.NewcomerSharePercent);
        WindowClosed = Display.Today(clock) > Session.Details.ApplicationClosesOn;
        Counts = (await mediator.Send(new GetApplications(SessionId, PageSize: 1), cancellationToken)).Counts;
    }
}
