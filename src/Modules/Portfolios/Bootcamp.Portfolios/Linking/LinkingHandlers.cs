using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Linking;

/// <summary>The end of the OAuth flow. The portfolio id travels in the flow's protected state (set by the Host from the
/// participant's own private link), so a callback can only link into the portfolio that started it.</summary>
internal sealed class LinkGitHubAccountHandler(PortfoliosDbContext db, TimeProvider clock) : IRequestHandler<LinkGitHubAccount, Guid>
{
    public async Task<Guid> Handle(LinkGitHubAccount request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Login) || !GitHubAccounts.Login().IsMatch(request.Login))
        {
            throw ValidationFailedException.For(nameof(LinkGitHubAccount.Login), PortfoliosMessages.LoginInvalid);
        }

        var portfolio = await db.Portfolios.FirstOrDefaultAsync(p => p.Id == request.PortfolioId, cancellationToken) ?? throw new NotFoundException();
        await GitHubAccounts.LinkAsync(db, portfolio, request.Login, request.GitHubUserId, null, clock.GetUtcNow(), cancellationToken);
        return portfolio.Id;
    }
}

/// <summary>Staff type the username for someone who cannot go through GitHub's sign-in: kept, marked not verified.
/// An empty username removes the link.</summary>
internal sealed class SetGitHubUsernameHandler(PortfoliosDbContext db, TimeProvider clock) : IRequestHandler<SetGitHubUsername, Guid>
{
    public async Task<Guid> Handle(SetGitHubUsername request, CancellationToken cancellationToken)
    {
        var login = request.Login?.Trim().TrimStart('@');
        if (!string.IsNullOrEmpty(login) && !GitHubAccounts.Login().IsMatch(login))
        {
            throw ValidationFailedException.For(nameof(SetGitHubUsername.Login), PortfoliosMessages.LoginInvalid);
        }

        var portfolio = await db.Portfolios.FirstOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken) ?? throw new NotFoundException();
        if (string.IsNullOrEmpty(login))
        {
            await GitHubAccounts.ForgetRepositoriesAsync(db, portfolio, cancellationToken);
            portfolio.GitHubLogin = null;
            portfolio.GitHubUserId = null;
            portfolio.GitHubVerified = false;
            portfolio.GitHubLinkedAt = null;
            portfolio.GitHubLinkedBy = null;
            return portfolio.Id;
        }

        await GitHubAccounts.LinkAsync(db, portfolio, login, null, request.RecordedBy, clock.GetUtcNow(), cancellationToken);
        return portfolio.Id;
    }
}
