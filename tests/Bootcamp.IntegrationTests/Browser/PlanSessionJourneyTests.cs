using System.Globalization;
using Bootcamp.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>
/// Staff plan a session in a real browser, and applicants find it on the public page in French and in English.
/// Every step goes through the pages as a person would: labels, buttons, the language switch in the header.
/// </summary>
public sealed class PlanSessionJourneyTests(LiveApp app, BrowserFixture browser) : IClassFixture<LiveApp>, IClassFixture<BrowserFixture>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public Task Staff_plan_a_session_that_applicants_see_on_the_public_page_in_French_then_English() =>
        browser.RunAsync(app, async session =>
        {
            var staff = await Journeys.SignInAsync(app, session, Roles.Staff);
            var track = await AddTrackAsync(staff);
            var form = SessionForm.Valid(track.Fr, "Soirées web " + Unique());

            await staff.GotoAsync("/Staff/Sessions/Edit");
            await Accessibility.AssertAccessibleAsync(staff);
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Planifier une session", Level = 1 })).ToBeVisibleAsync();
            await FillSessionAsync(staff, Labels.French, form);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("La session est enregistrée.");
            await Expect(staff.GetByLabel("Titre", Exact)).ToHaveValueAsync(form.Title);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter", Exact = true }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Se connecter", Exact = true })).ToBeVisibleAsync();

            // An applicant, on a phone, with a French browser: nobody signed in, no cookie yet.
            var visitor = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await visitor.GotoAsync("/Public/Sessions");
            await Accessibility.AssertAccessibleAsync(visitor);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Sessions à venir", Level = 1 })).ToBeVisibleAsync();
            var card = visitor.GetByTestId("upcoming-sessions").GetByRole(AriaRole.Listitem)
                .Filter(new() { Has = visitor.GetByRole(AriaRole.Heading, new() { Name = form.Title, Exact = true }) });
            await Expect(card).ToContainTextAsync(track.Fr);
            await Expect(card).ToContainTextAsync("Candidatures ouvertes jusqu");
            await Expect(card).ToContainTextAsync("24 places");

            var languageSwitch = visitor.GetByTestId("language-switch");
            await Expect(languageSwitch).ToHaveTextAsync("English");
            await languageSwitch.ClickAsync();

            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Upcoming sessions", Level = 1 })).ToBeVisibleAsync();
            await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(card).ToContainTextAsync(track.En);
            await Expect(card).Not.ToContainTextAsync(track.Fr);
            await Expect(card).ToContainTextAsync("Applications open until");
            await Expect(languageSwitch).ToHaveTextAsync("Français");

            // The choice is remembered (a cookie), not only applied to the page it was made on.
            await visitor.GetByRole(AriaRole.Link, new() { Name = "Bootcamp", Exact = true }).ClickAsync();
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Free evening coding bootcamps for newcomers", Level = 1 }))
                .ToBeVisibleAsync();
            await visitor.GetByRole(AriaRole.Link, new() { Name = "See the upcoming sessions" }).ClickAsync();
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Upcoming sessions", Level = 1 })).ToBeVisibleAsync();
            await Expect(card).ToContainTextAsync(track.En);
            var cookies = await visitor.Context.CookiesAsync();
            Assert.Contains(cookies, c => c.Name == ".AspNetCore.Culture" && c.Value.Contains("en-CA", StringComparison.Ordinal));
        });

    [Fact]
    public Task A_date_error_shows_a_localised_message_next_to_its_field_and_keeps_everything_typed() =>
        browser.RunAsync(app, async session =>
        {
            var staff = await Journeys.SignInAsync(app, session, Roles.Staff);
            var track = await AddTrackAsync(staff);
            var valid = SessionForm.Valid(track.Fr, "Soirées données " + Unique());
            var form = valid with { Last = valid.First.AddDays(-7), Address = "4000 rue Saint-Denis, Montréal", Seats = 18 };

            await staff.GotoAsync("/Staff/Sessions/Edit");
            await Accessibility.AssertAccessibleAsync(staff);
            await FillSessionAsync(staff, Labels.French, form);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

            await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("Certains champs demandent votre attention.");
            await ExpectFieldErrorAsync(staff, Labels.French.Last, "La date de fin doit suivre la date de début.");
            await Expect(staff.GetByLabel(Labels.French.First, Exact)).ToHaveAttributeAsync("aria-invalid", "false");
            await ExpectKeptAsync(staff, Labels.French, form);

            // The same mistake in English: the message follows the reader's language.
            await staff.GetByTestId("language-switch").ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Plan a session", Level = 1 })).ToBeVisibleAsync();
            var english = form with { Track = track.En, Title = "Data evenings " + Unique() };
            await FillSessionAsync(staff, Labels.English, english);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

            await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("Some fields need your attention.");
            await ExpectFieldErrorAsync(staff, Labels.English.Last, "The end date must be after the start date.");
            await ExpectKeptAsync(staff, Labels.English, english);
        });

    /// <summary>Sessions need a track: staff add one with unique names in both languages.</summary>
    private static async Task<(string Fr, string En)> AddTrackAsync(IPage staff)
    {
        var suffix = Unique();
        var track = ($"Développement web {suffix}", $"Web development {suffix}");
        await staff.GotoAsync("/Staff/Tracks/Edit");
        await Accessibility.AssertAccessibleAsync(staff);
        await staff.GetByLabel("Nom en français", Exact).FillAsync(track.Item1);
        await staff.GetByLabel("Nom en anglais", Exact).FillAsync(track.Item2);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le parcours est enregistré.");
        return track;
    }

    private static async Task FillSessionAsync(IPage page, Labels labels, SessionForm form)
    {
        await page.GetByLabel(labels.Track, Exact).SelectOptionAsync(new SelectOptionValue { Label = form.Track });
        await page.GetByLabel(labels.Title, Exact).FillAsync(form.Title);
        await page.GetByLabel(labels.First, Exact).FillAsync(Iso(form.First));
        await page.GetByLabel(labels.Last, Exact).FillAsync(Iso(form.Last));
        await page.GetByLabel(labels.Monday, Exact).CheckAsync();
        await page.GetByLabel(labels.Wednesday, Exact).CheckAsync();
        await page.GetByLabel(labels.StartsAt, Exact).FillAsync("18:00");
        await page.GetByLabel(labels.EndsAt, Exact).FillAsync("21:00");
        await page.GetByLabel(labels.Address, Exact).FillAsync(form.Address);
        await page.GetByLabel(labels.Seats, Exact).FillAsync(form.Seats.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel(labels.Opens, Exact).FillAsync(Iso(form.Opens));
        await page.GetByLabel(labels.Closes, Exact).FillAsync(Iso(form.Closes));
    }

    /// <summary>The message sits in the field's own block and is the input's accessible description (aria-describedby).</summary>
    private static async Task ExpectFieldErrorAsync(IPage page, string label, string message)
    {
        var input = page.GetByLabel(label, Exact);
        await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(input).ToHaveAccessibleDescriptionAsync(message);
        var field = page.Locator(".field").Filter(new() { Has = input });
        await Expect(field.Locator(".field-error")).ToHaveTextAsync(message);
    }

    /// <summary>Nothing the person typed is lost when the page comes back with an error.</summary>
    private static async Task ExpectKeptAsync(IPage page, Labels labels, SessionForm form)
    {
        await Expect(page.GetByLabel(labels.Track, Exact).Locator("option:checked")).ToHaveTextAsync(form.Track);
        await Expect(page.GetByLabel(labels.Title, Exact)).ToHaveValueAsync(form.Title);
        await Expect(page.GetByLabel(labels.First, Exact)).ToHaveValueAsync(Iso(form.First));
        await Expect(page.GetByLabel(labels.Last, Exact)).ToHaveValueAsync(Iso(form.Last));
        await Expect(page.GetByLabel(labels.Monday, Exact)).ToBeCheckedAsync();
        await Expect(page.GetByLabel(labels.Wednesday, Exact)).ToBeCheckedAsync();
        await Expect(page.GetByLabel(labels.Tuesday, Exact)).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel(labels.StartsAt, Exact)).ToHaveValueAsync("18:00");
        await Expect(page.GetByLabel(labels.EndsAt, Exact)).ToHaveValueAsync("21:00");
        await Expect(page.GetByLabel(labels.Address, Exact)).ToHaveValueAsync(form.Address);
        await Expect(page.GetByLabel(labels.Seats, Exact)).ToHaveValueAsync(form.Seats.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByLabel(labels.Opens, Exact)).ToHaveValueAsync(Iso(form.Opens));
        await Expect(page.GetByLabel(labels.Closes, Exact)).ToHaveValueAsync(Iso(form.Closes));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>What staff type into the session form.</summary>
    private sealed record SessionForm(string Track, string Title, DateOnly First, DateOnly Last, DateOnly Opens, DateOnly Closes, string Address, int Seats)
    {
        /// <summary>
        /// Six weeks of Monday and Wednesday evenings starting about a month from now, with applications open since
        /// yesterday (the programme's day, Montréal time) and closing a week before the first class, so the session is
        /// on the public page today.
        /// </summary>
        public static SessionForm Valid(string track, string title)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Montreal")).DateTime);
            var first = today.AddDays(28);
            while (first.DayOfWeek != DayOfWeek.Monday)
            {
                first = first.AddDays(1);
            }

            return new SessionForm(track, title, first, first.AddDays((6 * 7) - 5), today.AddDays(-1), first.AddDays(-7),
                "1000 rue Sherbrooke Ouest, Montréal", 24);
        }
    }

    /// <summary>The session form's labels as the page renders them in each language (SharedText*.resx).</summary>
    private sealed record Labels(
        string Track, string Title, string First, string Last, string Monday, string Tuesday, string Wednesday, string StartsAt,
        string EndsAt, string Address, string Seats, string Opens, string Closes)
    {
        public static readonly Labels French = new(
            "Parcours", "Titre", "Premier cours", "Dernier cours", "lundi", "mardi", "mercredi", "Début des cours", "Fin des cours",
            "Adresse", "Places", "Ouverture des candidatures", "Fermeture des candidatures");

        public static readonly Labels English = new(
            "Track", "Title", "First class", "Last class", "Monday", "Tuesday", "Wednesday", "Classes start at", "Classes end at",
            "Address", "Seats", "Applications open on", "Applications close on");
    }
}
