namespace Bootcamp.Web;

/// <summary>
/// One link of the header: a module's Web project registers its own (<see cref="WebModule.Navigation"/>) and the
/// layout shows those whose policy the reader meets, in <see cref="Order"/>. No policy: everyone sees it.
/// </summary>
public sealed record NavigationEntry(string Href, Func<string> Label, string? Policy, int Order);
