using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>
/// Every route the app answers, with its HTTP methods and the authorisation it demands, against the list checked in
/// beside this test (Routes.txt; the Hangfire dashboard at /Admin/Jobs is middleware, not an endpoint, and has its own
/// tests). Moving pages and endpoints between projects must leave this list unchanged; a route
/// added or removed on purpose is written into the list with BOOTCAMP_UPDATE_ROUTES=1 and reviewed in the diff.
/// </summary>
public sealed class RouteInventoryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string ListName = "Routes.txt";

    [Fact]
    public void The_app_answers_exactly_the_routes_of_the_checked_in_list()
    {
        using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var actual = Inventory(app.Services);
        var path = Path.Combine(RepositoryRoot(), "tests", "Bootcamp.IntegrationTests", "Platform", ListName);

        if (Environment.GetEnvironmentVariable("BOOTCAMP_UPDATE_ROUTES") == "1")
        {
            File.WriteAllText(path, string.Join('\n', actual) + "\n", new UTF8Encoding(false));
        }

        var expected = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && added.Count == 0,
            $"Routes changed (run with BOOTCAMP_UPDATE_ROUTES=1 to accept on purpose).\nNo longer answered:\n  {string.Join("\n  ", missing)}\nNew:\n  {string.Join("\n  ", added)}");
    }

    /// <summary>One line per route: methods, pattern, and the policies (or anonymity) its endpoint metadata names.</summary>
    private static List<string> Inventory(IServiceProvider services)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m
                ? string.Join(',', m.Order(StringComparer.Ordinal))
                : "ANY";
            var access = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? "anonymous"
                : string.Join(',', endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(a => a.Policy ?? a.Roles ?? "authenticated").Distinct().Order(StringComparer.Ordinal)) is { Length: > 0 } p ? p : "default";
            lines.Add($"{methods} /{endpoint.RoutePattern.RawText?.TrimStart('/')} {access}");
        }

        return [.. lines];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bootcamp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bootcamp.sln not found above " + AppContext.BaseDirectory);
    }
}
