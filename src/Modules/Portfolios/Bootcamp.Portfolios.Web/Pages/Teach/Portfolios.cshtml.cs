using Bootcamp.Portfolios.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Portfolios.Web.Pages.Teach;

/// <summary>Each participant's portfolio status in a session, for its instructors and for staff. Staff also type a
/// GitHub username for someone who cannot link it themselves (shown as not verified) and sync on their behalf.</summary>
internal sealed class PortfoliosModel(IMediator mediator, TeachingAccess access) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid ParticipantId { get; set; }

    [BindProperty]
    public string? Login { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public SessionDto Session { get; private set; } = null!;

    public IReadOnlyList<PortfolioStatusDto> Portfolios { get; private set; } = [];

    public bool CanManage => TeachingAccess.IsStaff(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUsernameAsync(CancellationToken cancellationToken)
    {
        if (!await ManagesParticipantAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await mediator.Send(new SetGitHubUsername(ParticipantId, Login, SignedInUser.Id(User)), cancellationToken);
            Notice = PortfoliosText.UsernameSaved;
            return RedirectToPage(new { id = Id });
        }
        catch (ValidationFailedException failure)
        {
            Problem = failure.Errors.Values.SelectMany(m => m).FirstOrDefault();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        if (!await ManagesParticipantAsync(cancellationToken))
        {
            return NotFound();
        }

        Notice = PortfolioDisplay.SyncNotice(await mediator.Send(new SyncParticipantPortfolio(ParticipantId), cancellationToken));
        return RedirectToPage(new { id = Id });
    }

    /// <summary>Staff only, and only for someone of this session: anything else is the same 404.</summary>
    private async Task<bool> ManagesParticipantAsync(CancellationToken cancellationToken) =>
        CanManage && await LoadAsync(cancellationToken) && Portfolios.Any(p => p.ParticipantId == ParticipantId);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.SessionAsync(User, Id, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Portfolios = await mediator.Send(new GetSessionPortfolios(Id), cancellationToken);
        return true;
    }
}
