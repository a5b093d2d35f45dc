using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Playwright;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>
/// One headless Chromium per test class (an xunit class fixture): Debian's own build, driven by Playwright through its
/// executable path, so no browser is ever downloaded (<c>scripts/test.sh</c> installs the <c>chromium</c> package).
/// Each test gets fresh browser contexts (cookies, storage) through <see cref="RunAsync"/>; when the test fails, every
/// page's screenshot, console errors, a Playwright trace and the app's log are saved under <c>TestResults/browser/</c> of the test
/// project (open a trace with <c>npx playwright show-trace FILE.zip</c> or at trace.playwright.dev).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where failure evidence goes: <c>tests/Bootcamp.IntegrationTests/TestResults/browser</c> (git-ignored).</summary>
    public static string EvidenceDirectory { get; } = Path.Combine(ProjectDirectory(), "TestResults", "browser");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests drive Debian's Chromium at {ChromiumPath}: install it (apt-get install chromium), as scripts/test.sh does.");
        }

        // The executable path already means no download; this keeps any Playwright tooling from trying one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// Runs one test with its own browser contexts against <paramref name="app"/>; if it fails, saves the evidence
    /// (with the app's warnings and errors) and rethrows. Pages opened with <see cref="BrowserSession.NewPageAsync"/>
    /// take paths ("/Account/Login").
    /// </summary>
    public async Task RunAsync(
        LiveApp app,
        Func<BrowserSession, Task> test,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string testFile = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser is not started.");
        await using var session = new BrowserSession(browser, app.BaseAddress);
        try
        {
            await test(session);
        }
        catch
        {
            var prefix = Path.Combine(EvidenceDirectory, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}");
            await session.SaveEvidenceAsync(prefix);
            await File.WriteAllTextAsync($"{prefix}.server.log", app.ServerLog);
            throw;
        }
    }

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bootcamp.IntegrationTests.csproj")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

/// <summary>How a person's browser looks to the app: language (Accept-Language) and screen.</summary>
public sealed record BrowserProfile(string Locale, int Width, int Height, bool IsMobile)
{
    /// <summary>A laptop, as staff use at the office.</summary>
    public static BrowserProfile Desktop(string locale = "fr-CA") => new(locale, 1280, 800, IsMobile: false);

    /// <summary>A phone (390×844, touch), as most applicants use.</summary>
    public static BrowserProfile Phone(string locale = "fr-CA") => new(locale, 390, 844, IsMobile: true);
}

/// <summary>The browser contexts of one test: each page is a separate person (own cookies), traced until the end.</summary>
public sealed class BrowserSession(IBrowser browser, Uri baseAddress) : IAsyncDisposable
{
    private readonly List<(IBrowserContext Context, StringBuilder Console)> _contexts = [];
    private bool _tracesSaved;

    /// <summary>A new person: a fresh context (no cookies) with its first page.</summary>
    public async Task<IPage> NewPageAsync(BrowserProfile profile)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = profile.Locale,
            TimezoneId = "America/Toronto",
            ViewportSize = new ViewportSize { Width = profile.Width, Height = profile.Height },
            IsMobile = profile.IsMobile,
            HasTouch = profile.IsMobile,
            DeviceScaleFactor = profile.IsMobile ? 2 : 1,
        });
        context.SetDefaultTimeout(15_000);
        var console = new StringBuilder();
        _contexts.Add((context, console));
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (console)
                {
                    console.AppendLine($"[{message.Type}] {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (console)
            {
                console.AppendLine($"[page error] {error}");
            }
        };
        return page;
    }

    internal async Task SaveEvidenceAsync(string prefix)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
            for (var i = 0; i < _contexts.Count; i++)
            {
                var (context, console) = _contexts[i];
                var name = $"{prefix}.person{i + 1}";
                for (var p = 0; p < context.Pages.Count; p++)
                {
                    var page = context.Pages[p];
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{name}.page{p + 1}.png", FullPage = true, Timeout = 10_000 });
                    lock (console)
                    {
                        console.Insert(0, $"page {p + 1}: {page.Url}{Environment.NewLine}");
                    }
                }

                await context.Tracing.StopAsync(new TracingStopOptions { Path = $"{name}.trace.zip" });
                await File.WriteAllTextAsync($"{name}.console.txt", console.ToString());
            }

            _tracesSaved = true;
        }
        catch (Exception ex)
        {
            // Evidence is best effort: never hide the test's own failure behind it.
            Console.Error.WriteLine($"Could not save browser evidence under {prefix}: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (context, _) in _contexts)
        {
            try
            {
                if (!_tracesSaved)
                {
                    await context.Tracing.StopAsync(); // a passing test keeps no trace
                }
            }
            catch (PlaywrightException)
            {
            }

            await context.CloseAsync();
        }
    }
}
