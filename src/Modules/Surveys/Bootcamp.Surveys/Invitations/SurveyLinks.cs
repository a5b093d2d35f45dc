using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Invitations;

/// <summary>
/// Finds the invitation behind a private link. Unknown, expired and replaced tokens all end in the same NotFound with
/// the same message: the answer must not tell someone trying tokens which ones once existed.
/// </summary>
internal sealed class SurveyLinks(SurveysDbContext db, TimeProvider clock)
{
    // NewToken gives 43 characters; anything much longer is not ours and is not worth hashing.
    private const int MaxTokenLength = 100;

    public async Task<Invitation> FindAsync(string? token, bool forUpdate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            throw NotFound();
        }

        var hash = SensitiveData.HashToken(token);
        var invitation = forUpdate
            ? (await db.Invitations.FromSql($"SELECT * FROM surveys.invitations WHERE token_hash = {hash} OR previous_token_hash = {hash} FOR UPDATE")
                .ToListAsync(cancellationToken)).SingleOrDefault()
            : await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash || i.PreviousTokenHash == hash, cancellationToken);
        return invitation is null || invitation.ExpiresAt <= clock.GetUtcNow() ? throw NotFound() : invitation;
    }

    public static NotFoundException NotFound() => new(SurveysMessages.LinkNotFound);
}
