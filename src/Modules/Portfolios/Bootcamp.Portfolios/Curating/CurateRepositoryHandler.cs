using System.Globalization;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using Bootcamp.Portfolios.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Portfolios.Curating;

/// <summary>Shows or hides one repository and keeps what the participant wrote about it. Descriptions in either language
/// or both; a demo address must be a full http(s) address, since employers will click it.</summary>
internal sealed class CurateRepositoryHandler(PortfoliosDbContext db, IMediator mediator, IOptions<CuratingOptions> options)
    : IRequestHandler<CurateRepository, Guid>
{
    public async Task<Guid> Handle(CurateRepository request, CancellationToken cancellationToken)
    {
        var portfolio = await PortfolioAccess.ByApplicationTokenAsync(db, mediator, request.Token, cancellationToken);
        var repository = await db.Repositories.FirstOrDefaultAsync(r => r.PortfolioId == portfolio.Id && r.GitHubId == request.RepositoryId, cancellationToken)
            ?? throw new NotFoundException();
        var curation = request.Curation ?? throw new ValidationFailedException();
        var errors = new Dictionary<string, string[]>();
        var descriptionFr = Trimmed(curation.DescriptionFr);
        var descriptionEn = Trimmed(curation.DescriptionEn);
        var demoUrl = Trimmed(curation.DemoUrl);
        CheckLength(errors, nameof(RepositoryCuration.DescriptionFr), descriptionFr);
        CheckLength(errors, nameof(RepositoryCuration.DescriptionEn), descriptionEn);
        if (demoUrl is not null && !IsWebAddress(demoUrl))
        {
            errors[nameof(RepositoryCuration.DemoUrl)] = [PortfoliosMessages.DemoUrlInvalid];
        }

        if (curation.MilestoneId is { } milestoneId
            && (await PortfolioAccess.MilestonesAsync(mediator, portfolio.TrackId, cancellationToken)).All(m => m.Id != milestoneId))
        {
            errors[nameof(RepositoryCuration.MilestoneId)] = [PortfoliosMessages.MilestoneUnknown];
        }

        if (curation.Shown && !repository.Shown)
        {
            if (repository.GoneAt is not null)
            {
                errors[nameof(RepositoryCuration.Shown)] = [PortfoliosMessages.RepositoryGone];
            }
            else if (await db.Repositories.CountAsync(r => r.PortfolioId == portfolio.Id && r.Shown && r.GoneAt == null, cancellationToken) >= options.Value.MaxShown)
            {
                errors[nameof(RepositoryCuration.Shown)] = [string.Format(CultureInfo.CurrentCulture, PortfoliosMessages.TooManyShown, options.Value.MaxShown)];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (curation.Shown && !repository.Shown)
        {
            var last = await db.Repositories.Where(r => r.PortfolioId == portfolio.Id && r.Shown).MaxAsync(r => r.Position, cancellationToken);
            repository.Position = (last ?? 0) + 1;
        }
        else if (!curation.Shown)
        {
            repository.Position = null;
        }

        repository.Shown = curation.Shown;
        repository.MilestoneId = curation.MilestoneId;
        repository.DescriptionFr = descriptionFr;
        repository.DescriptionEn = descriptionEn;
        repository.DemoUrl = demoUrl;
        return portfolio.Id;
    }

    internal static bool IsWebAddress(string value) =>
        value.Length <= PortfolioConfiguration.UrlMaxLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value?.Length > PortfolioConfiguration.DescriptionMaxLength)
        {
            errors[field] = [string.Format(CultureInfo.CurrentCulture, PortfoliosMessages.DescriptionTooLong, PortfolioConfiguration.DescriptionMaxLength)];
        }
    }
}
