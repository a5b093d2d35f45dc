using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Testing;

public sealed record StandInRepository(long Id, string Name, bool HasReadme = true, string? Homepage = null, bool Private = false);

public sealed class StandInAccount(long id, string login, params StandInRepository[] repositories)
{
    public long Id { get; } = id;
    public string Login { get; } = login;
    public List<StandInRepository> Repositories { get; } = [.. repositories];

    /// <summary>Bumped when the repositories change, so the ETags change.</summary>
    public int Version { get; set; } = 1;
}

/// <summary>One request the stand-in saw, and what it answered.</summary>
public sealed record SeenRequest(string PathAndQuery, string? IfNoneMatch, string? Authorization, int Status);

/// <summary>
/// A GitHub stand-in served by Kestrel on 127.0.0.1 and a free port: the REST calls a portfolio sync makes (repositories
/// with <c>Link</c> pagination and ETags, languages, README), GitHub's OAuth endpoints (authorize approves at once as
/// <see cref="SignedInLogin"/>), and the failures to rehearse: a spent quota, a secondary limit, a dropped connection.
/// </summary>
public sealed class GitHubStandIn : IAsyncDisposable
{
    public const string ClientId = "stand-in-client";
    public const string ClientSecret = "stand-in-secret";

    private readonly WebApplication _app;

    private GitHubStandIn(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentDictionary<string, StandInAccount> Accounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    /// <summary>Repositories per page, whatever <c>per_page</c> asks: small, so pagination shows with a few.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>When set, API calls answer 403 with <c>X-RateLimit-Remaining: 0</c> and this reset time.</summary>
    public DateTimeOffset? QuotaSpentUntil { get; set; }

    /// <summary>When set, API calls answer 429 with <c>Retry-After</c> of this many seconds (a secondary limit).</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>When set, the repository pages' <c>Link</c> headers point under this address instead of the stand-in's.</summary>
    public Uri? LinkBase { get; set; }

    /// <summary>When true, API calls have their connection cut without an answer.</summary>
    public bool DropConnections { get; set; }

    /// <summary>The account GitHub's authorize page signs in as.</summary>
    public string? SignedInLogin { get; set; }

    public IEnumerable<SeenRequest> ApiRequests => Requests.Where(r => !r.PathAndQuery.StartsWith("/login/", StringComparison.Ordinal));

    public static async Task<GitHubStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "GitHubStandIn", EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new GitHubStandIn(app);
        standIn.Map(app);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
        return standIn;
    }

    /// <summary>The app settings that point the Portfolios module and the OAuth handler at this stand-in.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Portfolios:GitHub:BaseUrl"] = BaseAddress.ToString(),
        ["Portfolios:GitHub:OAuth:ClientId"] = ClientId,
        ["Portfolios:GitHub:OAuth:ClientSecret"] = ClientSecret,
        ["Portfolios:GitHub:OAuth:AuthorizationEndpoint"] = new Uri(BaseAddress, "login/oauth/authorize").ToString(),
        ["Portfolios:GitHub:OAuth:TokenEndpoint"] = new Uri(BaseAddress, "login/oauth/access_token").ToString(),
        ["Portfolios:GitHub:OAuth:UserInformationEndpoint"] = new Uri(BaseAddress, "user").ToString(),
    };

    public StandInAccount Add(StandInAccount account)
    {
        Accounts[account.Login] = account;
        return account;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var api = !context.Request.Path.StartsWithSegments("/login");
            if (api && DropConnections)
            {
                Record(context, 0);
                context.Abort();
                return;
            }

            if (api && QuotaSpentUntil is { } reset)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                Record(context, 403);
                await context.Response.WriteAsJsonAsync(new { message = "API rate limit exceeded" });
                return;
            }

            if (api && RetryAfterSeconds is { } seconds)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                Record(context, 429);
                return;
            }

            context.Response.Headers["X-RateLimit-Remaining"] = "4999";
            await next(context);
            Record(context, context.Response.StatusCode);
        });

        app.MapGet("/users/{login}/repos", (HttpContext context, string login, int? page) =>
        {
            if (!Accounts.TryGetValue(login, out var account))
            {
                return Results.NotFound(new { message = "Not Found" });
            }

            var number = Math.Max(1, page ?? 1);
            var etag = $"\"{login}-{account.Version}-{number}\"";
            var pages = Math.Max(1, (account.Repositories.Count + PageSize - 1) / PageSize);
            if (number < pages)
            {
                var links = LinkBase ?? BaseAddress;
                context.Response.Headers["Link"] =
                    $"<{links}users/{login}/repos?type=owner&sort=pushed&per_page={PageSize}&page={number + 1}>; rel=\"next\", " +
                    $"<{links}users/{login}/repos?type=owner&sort=pushed&per_page={PageSize}&page={pages}>; rel=\"last\"";
            }

            if (NotModified(context, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = etag;
            return Results.Json(account.Repositories.Skip((number - 1) * PageSize).Take(PageSize).Select(r => new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["name"] = r.Name,
                ["html_url"] = $"https://github.example/{account.Login}/{r.Name}",
                ["description"] = $"About {r.Name}",
                ["fork"] = false,
                ["private"] = r.Private,
                ["stargazers_count"] = 2,
                ["pushed_at"] = "2027-01-20T18:30:00Z",
                ["homepage"] = r.Homepage,
                ["owner"] = new { login = account.Login },
            }));
        });

        app.MapGet("/repos/{owner}/{name}/languages", (HttpContext context, string owner, string name) =>
        {
            if (Find(owner, name) is null)
            {
                return Results.NotFound();
            }

            var etag = $"\"lang-{owner}-{name}\"";
            if (NotModified(context, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = etag;
            return Results.Json(new Dictionary<string, long> { ["HTML"] = 1200, ["JavaScript"] = 5400, ["CSS"] = 300 });
        });

        // GitHub's contents object, base64 as it always is: Octokit decodes it.
        app.MapGet("/repos/{owner}/{name}/readme", (string owner, string name) =>
            Find(owner, name) is { HasReadme: true }
                ? Results.Json(new { name = "README.md", path = "README.md", encoding = "base64", content = Convert.ToBase64String("# README\n"u8) })
                : Results.NotFound(new { message = "Not Found" }));

        // OAuth: the person approves at once; the code names who signed in.
        app.MapGet("/login/oauth/authorize", (string client_id, string redirect_uri, string state) =>
            client_id == ClientId && SignedInLogin is { } login
                ? Results.Redirect($"{redirect_uri}?code=code-{Uri.EscapeDataString(login)}&state={Uri.EscapeDataString(state)}")
                : Results.BadRequest());

        app.MapPost("/login/oauth/access_token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var code = form["code"].ToString();
            return form["client_id"] == ClientId && form["client_secret"] == ClientSecret && code.StartsWith("code-", StringComparison.Ordinal)
                ? Results.Json(new { access_token = "token-" + code[5..], token_type = "bearer", scope = "" })
                : Results.Json(new { error = "bad_verification_code" });
        });

        app.MapGet("/user", (HttpContext context) =>
        {
            var bearer = context.Request.Headers.Authorization.ToString();
            var login = bearer.StartsWith("Bearer token-", StringComparison.Ordinal) ? Uri.UnescapeDataString(bearer["Bearer token-".Length..]) : null;
            return login is not null && Accounts.TryGetValue(login, out var account)
                ? Results.Json(new { id = account.Id, login = account.Login })
                : Results.Unauthorized();
        });
    }

    private StandInRepository? Find(string owner, string name) =>
        Accounts.TryGetValue(owner, out var account) ? account.Repositories.FirstOrDefault(r => r.Name == name) : null;

    private static bool NotModified(HttpContext context, string etag) => context.Request.Headers.IfNoneMatch.ToString() == etag;

    private void Record(HttpContext context, int status) => Requests.Enqueue(new SeenRequest(
        context.Request.Path + context.Request.QueryString, context.Request.Headers.IfNoneMatch.FirstOrDefault(),
        context.Request.Headers.Authorization.FirstOrDefault(), status));
}
