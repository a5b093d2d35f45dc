using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bootcamp.Shared.Privacy;
using Bootcamp.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>
/// A private link with a wrong token, whatever the method, the handler or what is posted, answers one 404: the same
/// page as any page that finds nothing, or the same problem as any unknown link in the API (issue 16, item 10). Nobody
/// can tell a malformed token from an unknown one, nor learn anything from a handler that would look further.
/// </summary>
public sealed partial class PrivateLinkTests(PrivateLinkTests.Host host) : IClassFixture<PrivateLinkTests.Host>
{
    /// <summary>Every private-link route and each of its handlers; {0} is the token.</summary>
    public static readonly IReadOnlyList<Case> Cases =
    [
        Page("GET", "/Public/Application/{0}"),
        Page("GET", "/Public/Application/{0}?handler=Certificate"),
        Page("POST", "/Public/Application/{0}", "Confirm=true&Reason=moving"),
        Page("POST", "/Public/Application/{0}?handler=Contact", "Contact.Phone=514+555-0100&Contact.PreferredLanguage=fr-CA"),
        Page("POST", "/Public/Application/{0}?handler=ConfirmSeat"),
        Page("POST", "/Public/Application/{0}?handler=Consent", "purpose=FollowUpContact&granted=true"),
        Page("POST", "/Public/Application/{0}?handler=Consent"),
        Page("POST", "/Public/Application/{0}?handler=Privacy", "kind=Erasure&ConfirmErasure=true"),
        Page("POST", "/Public/Application/{0}?handler=Privacy", "kind=Access"),
        Page("GET", "/Public/Application/{0}/Portfolio"),
        Page("GET", "/Public/Application/{0}/Portfolio?handler=LinkGitHub"),
        Page("POST", "/Public/Application/{0}/Portfolio?handler=Sync"),
        Page("POST", "/Public/Application/{0}/Portfolio?handler=Curate&repository=1", "Curation.Shown=true"),
        Page("POST", "/Public/Application/{0}/Portfolio?handler=Publish"),
        Page("POST", "/Public/Application/{0}/Portfolio?handler=Unpublish"),
        Page("GET", "/s/{0}"),
        Page("POST", "/s/{0}?handler=Save"),
        Page("POST", "/s/{0}?handler=Submit"),
        Page("POST", "/s/{0}?handler=Evaluation", "Ratings[structure]=4"),
        Page("POST", "/s/{0}"),
        Page("GET", "/f/{0}"),
        Page("POST", "/f/{0}", "Input.Employed=false"),
        Api("GET", "/api/public/applications/{0}"),
        Api("POST", "/api/public/applications/{0}/confirm"),
        Api("POST", "/api/public/applications/{0}/consents", """{"purpose":"ProgrammeAdministration","granted":false}"""),
        Api("POST", "/api/public/applications/{0}/consents", """{"purpose":"FollowUpContact","granted":true}"""),
        Api("POST", "/api/public/applications/{0}/withdraw", """{"reason":"moving"}"""),
        Api("POST", "/api/public/applications/{0}/contact", """{"phone":"not a phone","preferredLanguage":"de-DE"}"""),
        Api("GET", "/api/public/surveys/{0}"),
        Api("PUT", "/api/public/surveys/{0}", """{"answers":[],"submit":true}"""),
        Api("POST", "/api/public/surveys/{0}/evaluation", """{"ratings":{},"comment":null}"""),
        Api("GET", "/api/public/calendars/{0}"),
    ];

    /// <summary>Malformed (too short, too long, not the alphabet) and well-formed but unknown.</summary>
    public static readonly IReadOnlyList<string> WrongTokens =
        ["x", new string('a', 44), new string('!', 43), "%E2%80%AE" + new string('a', 40), SensitiveData.NewToken()];

    public static TheoryData<int, int> Requests()
    {
        var data = new TheoryData<int, int>();
        for (var c = 0; c < Cases.Count; c++)
        {
            for (var t = 0; t < WrongTokens.Count; t++)
            {
                data.Add(c, t);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_wrong_token_answers_the_one_not_found(int caseIndex, int tokenIndex)
    {
        var link = Cases[caseIndex];
        var response = await host.SendAsync(link, WrongTokens[tokenIndex]);

        Assert.True(response.Status == HttpStatusCode.NotFound, $"{link} answered {(int)response.Status} {response.Location}");
        Assert.Equal(link.IsApi ? await host.ApiNotFoundAsync() : await host.PageNotFoundAsync(), response.Body);
    }

    [Fact]
    public void Every_route_with_a_token_goes_through_the_private_link_check_and_is_in_the_theory()
    {
        var tokenRoutes = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == PrivateLinks.TokenRouteValue))
            .ToList();

        Assert.NotEmpty(tokenRoutes);
        Assert.All(tokenRoutes, e => Assert.True(e.Metadata.GetMetadata<PrivateLinkAttribute>() is not null, $"{e.RoutePattern.RawText} has no private-link check"));
        var tested = Cases.Select(c => c.Path.Split('?')[0].Replace("{0}", "{token}", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(tokenRoutes, e => Assert.Contains("/" + e.RoutePattern.RawText!.TrimStart('/'), tested));
    }

    private static Case Page(string method, string path, string? form = null) => new(method, path, form, IsApi: false);

    private static Case Api(string method, string path, string? json = null) => new(method, path, json, IsApi: true);

    public sealed record Case(string Method, string Path, string? Body, bool IsApi)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    /// <summary>One app for every row; the limits are tested elsewhere and would otherwise answer 429 here.</summary>
    public sealed partial class Host(IMessageSink diagnostics) : IAsyncLifetime
    {
        private readonly DatabaseFixture _database = new(diagnostics);
        private HttpClient _client = null!;
        private string _antiforgery = "";
        private string? _pageNotFound;
        private string? _apiNotFound;

        public BootcampAppFactory App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await _database.InitializeAsync();
            App = new BootcampAppFactory(_database.ConnectionString, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000000",
                ["Bootcamp:RateLimits:AnonymousPerMinute"] = "1000000",
                ["Jobs:Enabled"] = "false",
            });
            _client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            _antiforgery = await TestUsers.AntiforgeryTokenAsync(_client, "/Account/Login");
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await App.DisposeAsync();
            await _database.DisposeAsync();
        }

        /// <summary>What a page shows for anything it cannot find, e.g. a public portfolio nobody published.</summary>
        public async Task<string> PageNotFoundAsync() =>
            _pageNotFound ??= await NotFoundBodyAsync("/p/" + SensitiveData.NewToken());

        /// <summary>What the API answers for a link it does not know, as a handler's own lookup says it.</summary>
        public async Task<string> ApiNotFoundAsync() =>
            _apiNotFound ??= await NotFoundBodyAsync("/api/public/applications/" + SensitiveData.NewToken());

        public async Task<(HttpStatusCode Status, string Body, Uri? Location)> SendAsync(Case link, string token)
        {
            using var request = new HttpRequestMessage(new HttpMethod(link.Method), string.Format(System.Globalization.CultureInfo.InvariantCulture, link.Path, token));
            if (link.IsApi)
            {
                request.Content = link.Body is null ? null : new StringContent(link.Body, Encoding.UTF8, "application/json");
            }
            else if (link.Method == "POST")
            {
                // As a browser posts the page's form: with the antiforgery token that guards every form of the site.
                var fields = (link.Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2))
                    .Select(f => new KeyValuePair<string, string>(WebUtility.UrlDecode(f[0]), WebUtility.UrlDecode(f[1])))
                    .Append(new("__RequestVerificationToken", _antiforgery));
                request.Content = new FormUrlEncodedContent(fields);
            }

            using var response = await _client.SendAsync(request);
            return (response.StatusCode, Normalised(await response.Content.ReadAsStringAsync()), response.Headers.Location);
        }

        private async Task<string> NotFoundBodyAsync(string path)
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return Normalised(await response.Content.ReadAsStringAsync());
        }

        /// <summary>Without what differs on every answer: the form's one-time antiforgery token, the problem's trace id.</summary>
        private static string Normalised(string body) =>
            TraceId().Replace(AntiforgeryValue().Replace(body, "TOKEN"), "TRACE");

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
        private static partial Regex AntiforgeryValue();

        [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
        private static partial Regex TraceId();
    }
}
