using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bootcamp.Web.Home;

/// <summary>
/// One card of a signed-in person's home ("/"): what they must do now, with counts and links. A module's Web project
/// registers its own with <see cref="HomeRegistration.AddHomeSection{T}"/>; the home shows every section whose
/// <see cref="Policy"/> the reader meets (a person may hold several roles), in <see cref="Order"/>.
/// </summary>
public abstract class HomeSection
{
    /// <summary>A <c>Policies.*</c> name: who may see the card at all. The section narrows further on its own (an
    /// instructor's sessions only, a sponsor's own figures only).</summary>
    public abstract string Policy { get; }

    public abstract int Order { get; }

    /// <summary>The card for this reader now; null when there is nothing to show them.</summary>
    public abstract Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <param name="EmptyText">Shown when <paramref name="Items"/> is empty; a card with no items and no text is not shown.</param>
public sealed record HomeCard(string Title, IReadOnlyList<HomeItem> Items, string? EmptyText = null);

/// <param name="Count">How many things wait behind the link; null for a plain link or a figure already in the text.</param>
/// <param name="Urgent">Highlighted: it cannot wait (a deadline passed or is about to).</param>
/// <param name="IsAction">Drawn as a big button: the one thing to do now (tonight's attendance).</param>
public sealed record HomeItem(string Text, int? Count, string Href, bool Urgent = false, bool IsAction = false);

public static class HomeRegistration
{
    public static IServiceCollection AddHomeSection<T>(this IServiceCollection services)
        where T : HomeSection
    {
        services.AddScoped<HomeSection, T>();
        services.TryAddScoped<HomeCards>();
        return services;
    }
}

/// <summary>The cards of one reader's home, in order. Sections run one after another: they share the request's scoped
/// DbContexts, which are not safe to use concurrently.</summary>
public sealed class HomeCards(IEnumerable<HomeSection> sections, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<HomeCard>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var cards = new List<HomeCard>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            if (!(await authorization.AuthorizeAsync(user, section.Policy)).Succeeded)
            {
                continue;
            }

            if (await section.BuildAsync(user, cancellationToken) is { } card && (card.Items.Count > 0 || card.EmptyText is not null))
            {
                cards.Add(card);
            }
        }

        return cards;
    }
}
