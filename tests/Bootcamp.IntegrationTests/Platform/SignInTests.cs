using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

public sealed class SignInTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Staff_sign_in_then_reach_staff_pages_and_sign_out()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "amina@tests.bootcamp.local");
        var client = NewClient();

        var response = await TestUsers.SignInAsync(client, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);

        // The sign-out button in the page header carries its own antiforgery token.
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/Staff/Sessions");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form)).StatusCode);
        var after = await client.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_reveal_whether_the_account_exists()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "wrong-password@tests.bootcamp.local");

        var wrong = await TestUsers.SignInAsync(NewClient(), email, "not-the-password");
        var unknown = await TestUsers.SignInAsync(NewClient(), "nobody@tests.bootcamp.local", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Courriel ou mot de passe incorrect.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Courriel ou mot de passe incorrect.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Instructor, "locked@tests.bootcamp.local");
        for (var i = 0; i < 5; i++)
        {
            await TestUsers.SignInAsync(NewClient(), email, "guess-" + i);
        }

        var response = await TestUsers.SignInAsync(NewClient(), email, TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Trop de tentatives échouées", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_on_a_real_and_on_an_unknown_email_answer_alike_at_every_attempt_and_the_real_one_stays_locked()
    {
        var real = await TestUsers.EnsureAsync(_app, Roles.Staff, "enumerated@tests.bootcamp.local");
        var unknown = "never-registered@tests.bootcamp.local";

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var forReal = await TestUsers.SignInAsync(NewClient(), real, "guess-" + attempt);
            var forUnknown = await TestUsers.SignInAsync(NewClient(), unknown, "guess-" + attempt);

            Assert.True(forReal.StatusCode == forUnknown.StatusCode, $"attempt {attempt}: {forReal.StatusCode} for the account, {forUnknown.StatusCode} for nobody");
            Assert.Equal(await AnonymisedAsync(forUnknown, unknown), await AnonymisedAsync(forReal, real));
        }

        // Both are past the limit now: the same refusal, and the right password does not get the account in.
        var right = await TestUsers.SignInAsync(NewClient(), real, TestUsers.Password);
        var nobody = await TestUsers.SignInAsync(NewClient(), unknown, TestUsers.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, nobody.StatusCode);
        Assert.Equal(await AnonymisedAsync(nobody, unknown), await AnonymisedAsync(right, real));
    }

    [Fact]
    public async Task The_limit_counts_the_email_however_it_is_typed()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "typed-differently@tests.bootcamp.local");
        string[] spellings = ["typed-differently@tests.bootcamp.local", "Typed-Differently@Tests.Bootcamp.Local", "  typed-differently@tests.bootcamp.local ", "TYPED-DIFFERENTLY@TESTS.BOOTCAMP.LOCAL", "typed-differently@tests.bootcamp.local"];
        foreach (var spelling in spellings)
        {
            await TestUsers.SignInAsync(NewClient(), spelling, "guess");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TestUsers.SignInAsync(NewClient(), email, TestUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_costs_one_password_hash_as_a_real_one_does()
    {
        var hasher = new CountingHasher();
        await using var app = new BootcampAppFactory(database.ConnectionString)
        {
            ConfigureServices = services => services.AddSingleton<IPasswordHasher<BootcampUser>>(hasher),
        };
        var real = await TestUsers.EnsureAsync(app, Roles.Staff, "hashed@tests.bootcamp.local");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var before = hasher.Verifications;
        await TestUsers.SignInAsync(client, real, "not-the-password");
        var forReal = hasher.Verifications - before;
        await TestUsers.SignInAsync(client, "nobody-at-all@tests.bootcamp.local", "not-the-password");
        var forUnknown = hasher.Verifications - before - forReal;

        Assert.Equal(1, forReal);
        Assert.Equal(forReal, forUnknown);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_rejected()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "csrf@tests.bootcamp.local");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestUsers.Password });
        var response = await NewClient().PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_language_switch_persists_in_a_cookie()
    {
        var client = NewClient();
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-CA",
            ["returnUrl"] = "/Public/Sessions",
            ["__RequestVerificationToken"] = token,
        });
        var switched = await client.PostAsync(new Uri("/culture", UriKind.Relative), form);
        Assert.Equal("/Public/Sessions", switched.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Upcoming sessions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var client = NewClient();
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-CA",
            ["returnUrl"] = "//evil.example/",
            ["__RequestVerificationToken"] = token,
        });
        var switched = await client.PostAsync(new Uri("/culture", UriKind.Relative), form);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_are_never_cached()
    {
        var response = await NewClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    /// <summary>The page as the visitor sees it, without what must differ: the email they typed and the form's
    /// one-time antiforgery token.</summary>
    private static async Task<string> AnonymisedAsync(HttpResponseMessage response, string email)
    {
        var html = (await response.Content.ReadAsStringAsync()).Replace(email, "EMAIL", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "TOKEN");
    }

    private sealed class CountingHasher : IPasswordHasher<BootcampUser>
    {
        private readonly PasswordHasher<BootcampUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(BootcampUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(BootcampUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
