using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>An applicant applies in French on a phone: from the public sessions page, through a mistake the form
/// explains next to its field without losing anything typed, to the thank-you page.</summary>
public sealed class ApplyJourneyTests(LiveApp app, BrowserFixture browser) : IClassFixture<LiveApp>, IClassFixture<BrowserFixture>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public Task An_applicant_applies_in_French_on_a_phone() =>
        browser.RunAsync(app, async session =>
        {
            var title = "Soirées web " + Guid.NewGuid().ToString("N")[..6];
            await OpenSessions.ScheduleAsync(app.Factory, title);
            var email = $"amina.{Guid.NewGuid():N}@example.org";

            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync("/Public/Sessions");
            await Accessibility.AssertAccessibleAsync(phone);
            var card = phone.GetByTestId("upcoming-sessions").GetByRole(AriaRole.Listitem)
                .Filter(new() { Has = phone.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
            await card.GetByRole(AriaRole.Link, new() { Name = "Postuler", Exact = true }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Postuler à {title}", Level = 1 })).ToBeVisibleAsync();

            // None of the consents is ticked in advance.
            foreach (var consent in new[] { "consent-programme", "consent-followup", "consent-reporting" })
            {
                await Expect(phone.Locator($"#{consent}")).Not.ToBeCheckedAsync();
            }

            await phone.GetByLabel("Prénom", Exact).FillAsync("Amina");
            await phone.GetByLabel("Nom", Exact).FillAsync("Diallo");
            await phone.GetByLabel("Courriel", Exact).FillAsync(email);
            await phone.GetByLabel("Statut au Canada", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Demandeur·se d’asile" });
            await phone.GetByRole(AriaRole.Radio, new() { Name = "Oui", Exact = true }).CheckAsync();
            await phone.GetByLabel("Pourquoi voulez-vous participer? (facultatif)", Exact).FillAsync("Travailler dans le web.");
            await phone.GetByLabel("J’accepte que Bootcamp utilise ma candidature pour gérer le programme (obligatoire).", Exact).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature", Exact = true }).ClickAsync();

            // Forgot the evening availability: told next to the box, everything else kept.
            await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("Certains champs demandent votre attention.");
            await Expect(phone.Locator("#evening-error")).ToHaveTextAsync("Les cours ont lieu le soir : confirmez que vous pouvez y assister.");
            await Expect(phone.GetByLabel("Prénom", Exact)).ToHaveValueAsync("Amina");
            await Expect(phone.GetByLabel("Pourquoi voulez-vous participer? (facultatif)", Exact)).ToHaveValueAsync("Travailler dans le web.");
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The form scrolls sideways on a phone: {width}px");

            await phone.GetByLabel("Je peux suivre les cours le soir", Exact).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature", Exact = true }).ClickAsync();

            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Merci, votre candidature est envoyée", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.GetByTestId("applied")).ToContainTextAsync("lien privé");
            Assert.Equal(1, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE email = '{email}' AND category = 'Newcomer'"));
        });

    [Fact]
    public Task Switching_language_halfway_through_the_form_keeps_everything_typed() =>
        browser.RunAsync(app, async session =>
        {
            var title = "Soirées bilingues " + Guid.NewGuid().ToString("N")[..6];
            var sessionId = await OpenSessions.ScheduleAsync(app.Factory, title);
            var email = $"omar.{Guid.NewGuid():N}@example.org";

            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync($"/Public/Apply/{sessionId}");
            await phone.GetByLabel("Prénom", Exact).FillAsync("Omar");
            await phone.GetByLabel("Nom", Exact).FillAsync("Haddad");
            await phone.GetByLabel("Courriel", Exact).FillAsync(email);
            await phone.GetByLabel("Statut au Canada", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Demandeur·se d’asile" });
            await phone.GetByLabel("Date d’arrivée au Canada (facultatif)", Exact).FillAsync("2025-03-14");
            await phone.GetByLabel("Pourquoi voulez-vous participer? (facultatif)", Exact).FillAsync("Construire des sites pour des organismes.");
            await phone.GetByLabel("J’accepte que Bootcamp utilise ma candidature pour gérer le programme (obligatoire).", Exact).CheckAsync();

            // Half-way, he switches to English: the same form, in English, with everything he typed and no error shown.
            await phone.GetByTestId("language-switch").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Apply to {title}", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(phone.GetByLabel("First name", Exact)).ToHaveValueAsync("Omar");
            await Expect(phone.GetByLabel("Last name", Exact)).ToHaveValueAsync("Haddad");
            await Expect(phone.Locator("input[name='Input.Profile.Email']")).ToHaveValueAsync(email);
            await Expect(phone.Locator("#arrived")).ToHaveValueAsync("2025-03-14");
            await Expect(phone.Locator("textarea[name='Input.Profile.Motivation']")).ToHaveValueAsync("Construire des sites pour des organismes.");
            await Expect(phone.Locator("#consent-programme")).ToBeCheckedAsync();
            await Expect(phone.GetByTestId("error-summary")).ToHaveCountAsync(0);
            await Accessibility.AssertAccessibleAsync(phone);
            Assert.Equal(0, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));

            // He finishes in English and sends: one application, the rest of the site in English too.
            await phone.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
            await phone.GetByLabel("I can attend classes in the evening", Exact).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Send my application", Exact = true }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your application is sent", Level = 1 })).ToBeVisibleAsync();
            Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
                $"SELECT count(*) FROM applications.applications WHERE email = '{email}' AND first_name = 'Omar' AND category = 'Newcomer'"));
        });
}
