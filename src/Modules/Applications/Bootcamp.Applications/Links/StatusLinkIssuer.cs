using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Links;

/// <summary>
/// Mints the status links that mails carry: a fresh token per mail (only its hash is kept), valid for
/// <see cref="StatusLinkOptions.ValidDays"/>, and never more than <see cref="StatusLinkOptions.MaxLive"/> working links
/// per application: issuing one more retires the oldest. Added to the caller's unit of work, so the link mailed is the one
/// stored, or neither.
/// </summary>
internal sealed class StatusLinkIssuer(ApplicationsDbContext db, TimeProvider clock, IOptions<StatusLinkOptions> options, PublicLinks links)
{
    public static string PathFor(string token) => $"/Public/Application/{token}";

    public async Task<IssuedLink> IssueAsync(Application application, string issuedFor, CancellationToken cancellationToken) =>
        (await IssueAsync([application], issuedFor, cancellationToken))[application.Id];

    /// <summary>One link per application, with one read of the live links for all of them (a selection mails hundreds).</summary>
    public async Task<IReadOnlyDictionary<Guid, IssuedLink>> IssueAsync(
        IReadOnlyCollection<Application> applications, string issuedFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var ids = applications.Select(a => a.Id).ToList();
        var live = await db.StatusLinks.Where(l => ids.Contains(l.ApplicationId) && l.ExpiresAt > now).ToListAsync(cancellationToken);
        var keep = Math.Max(0, settings.MaxLive - 1);
        foreach (var crowdedOut in live.GroupBy(l => l.ApplicationId).SelectMany(g => g.OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id).Skip(keep)))
        {
            crowdedOut.Retire(now);
        }

        var urls = new Dictionary<Guid, IssuedLink>();
        foreach (var application in applications)
        {
            var token = SensitiveData.NewToken();
            db.StatusLinks.Add(new StatusLink
            {
                Id = Guid.CreateVersion7(now),
                ApplicationId = application.Id,
                TokenHash = SensitiveData.HashToken(token),
                IssuedAt = now,
                ExpiresAt = now.AddDays(Math.Max(1, settings.ValidDays)),
                IssuedFor = issuedFor,
            });
            urls[application.Id] = new IssuedLink(token, links.To(PathFor(token)).AbsoluteUri, now.AddDays(Math.Max(1, settings.ValidDays)));
        }

        return urls;
    }
}

/// <summary>The token (for the page that just created the application) and the address a mail carries.</summary>
internal sealed record IssuedLink(string Token, string Url, DateTimeOffset ExpiresAt);
