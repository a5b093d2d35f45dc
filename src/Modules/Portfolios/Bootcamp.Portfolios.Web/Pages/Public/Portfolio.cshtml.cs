using Bootcamp.Portfolios.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Portfolios.Web.Pages.Public;

/// <summary>The participant's portfolio, reached from their application's private link: link GitHub, sync, choose and
/// describe repositories, publish or unpublish. An unknown link, or someone never enrolled, is a plain 404. Under the
/// generous anonymous rate limit, not the public forms' one: a classroom curating at once shares one address, the 256-bit
/// token cannot be guessed, and "sync now" is throttled per portfolio by the module.</summary>
[PrivateLink(PortfoliosWebModule.PortfolioLink)]
internal sealed class PortfolioModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Linked { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LinkFailed { get; set; }

    [BindProperty]
    public CurationInput Curation { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public PortfolioDto Portfolio { get; private set; } = null!;

    public bool GitHubLinkingEnabled { get; private set; }

    /// <summary>The repository whose form came back with errors: it keeps what was typed.</summary>
    public long? FailedRepository { get; private set; }

    public string? PublishError { get; private set; }

    public string PagePath => $"/Public/Application/{Token}/Portfolio";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Localization.AdoptOwnLanguage(HttpContext, Portfolio.PreferredLanguage))
        {
            return Redirect(Request.Path + Request.QueryString);
        }

        Notice ??= Linked ? PortfoliosText.LinkedNotice : null;
        return Page();
    }

    /// <summary>Starts GitHub's sign-in for this portfolio; a GET, since the browser must follow it to GitHub.</summary>
    public async Task<IActionResult> OnGetLinkGitHubAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return GitHubLinkingEnabled ? Challenge(GitHubLinking.Properties(Portfolio.Id, PagePath), GitHubLinking.Scheme) : RedirectToPath();
    }

    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await mediator.Send(new SyncPortfolioNow(Token), cancellationToken);
            Notice = PortfolioDisplay.SyncNotice(status);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToPath();
    }

    public async Task<IActionResult> OnPostCurateAsync(long repository, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new CurateRepository(Token, repository, Curation.ToCuration()), cancellationToken);
            Notice = PortfoliosText.CurationSaved;
            return RedirectToPath($"#repo-{repository}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (field, messages) in failure.Errors)
            {
                ModelState.AddModelError(nameof(Curation) + "." + field, messages.FirstOrDefault() ?? "");
            }

            FailedRepository = repository;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SetVisibilityAsync(PortfolioVisibility.Public, cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) => SetVisibilityAsync(PortfolioVisibility.Private, cancellationToken);

    private async Task<IActionResult> SetVisibilityAsync(PortfolioVisibility visibility, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new SetPortfolioVisibility(Token, visibility), cancellationToken);
            Notice = visibility == PortfolioVisibility.Public ? PortfoliosText.PublishedNotice : PortfoliosText.UnpublishedNotice;
            return RedirectToPath();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationFailedException failure)
        {
            PublishError = failure.Errors.Values.SelectMany(m => m).FirstOrDefault();
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private RedirectResult RedirectToPath(string fragment = "") => Redirect(PagePath + fragment);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Portfolio = await mediator.Send(new GetPortfolioByApplicationToken(Token), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        GitHubLinkingEnabled = await GitHubLinking.IsEnabledAsync(HttpContext);
        return true;
    }
}

internal sealed class CurationInput
{
    public bool Shown { get; set; }

    public Guid? MilestoneId { get; set; }

    public string? DescriptionFr { get; set; }

    public string? DescriptionEn { get; set; }

    public string? DemoUrl { get; set; }

    public RepositoryCuration ToCuration() => new(Shown, MilestoneId, DescriptionFr, DescriptionEn, DemoUrl);

    public static CurationInput From(RepositoryDto repository) => new()
    {
        Shown = repository.Shown,
        MilestoneId = repository.MilestoneId,
        DescriptionFr = repository.DescriptionFr,
        DescriptionEn = repository.DescriptionEn,
        DemoUrl = repository.DemoUrl,
    };
}
