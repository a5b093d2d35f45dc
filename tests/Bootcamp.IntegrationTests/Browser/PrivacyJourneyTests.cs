using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>Issue 18's journey, in French: an applicant on a phone reads the privacy notice from the form before applying,
/// later asks from her private link that her data be erased; an admin finds the request in the register, reads what the
/// erasure will delete and keep, confirms, and the request is done. axe-core checks every page on the way.</summary>
public sealed class PrivacyJourneyTests(LiveApp app, BrowserFixture browser) : IClassFixture<LiveApp>, IClassFixture<BrowserFixture>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public Task An_applicant_reads_the_notice_applies_and_asks_for_erasure_and_an_admin_erases_her() =>
        browser.RunAsync(app, async session =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var title = "Soirées données " + suffix;
            var sessionId = await OpenSessions.ScheduleAsync(app.Factory, title);
            var lastName = "Benali" + new string([.. suffix.Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
            var email = $"yasmine.{suffix}@example.org";

            // 1. On her phone, the form links the notice next to the consents; it opens beside the form, which keeps its place.
            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync($"/Public/Apply/{sessionId}");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByLabel("Prénom", Exact).FillAsync("Yasmine");
            var notice = await phone.RunAndWaitForPopupAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "Lire notre avis de confidentialité" }).ClickAsync());
            await Expect(notice.GetByRole(AriaRole.Heading, new() { Name = "Avis de confidentialité", Level = 1 })).ToBeVisibleAsync();
            await Expect(notice.GetByRole(AriaRole.Heading, new() { Name = "Combien de temps nous le gardons" })).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(notice);
            var width = await notice.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The notice scrolls sideways on a phone: {width}px");
            await notice.CloseAsync();
            await Expect(phone.GetByLabel("Prénom", Exact)).ToHaveValueAsync("Yasmine");

            await phone.GetByLabel("Nom", Exact).FillAsync(lastName);
            await phone.GetByLabel("Courriel", Exact).FillAsync(email);
            await phone.GetByLabel("Statut au Canada", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Demandeur·se d’asile" });
            await phone.GetByRole(AriaRole.Radio, new() { Name = "Oui", Exact = true }).CheckAsync();
            await phone.GetByLabel("Je peux suivre les cours le soir", Exact).CheckAsync();
            await phone.GetByLabel("J’accepte que Bootcamp utilise ma candidature pour gérer le programme (obligatoire).", Exact).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature", Exact = true }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Merci, votre candidature est envoyée", Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(phone);

            // 2. Later, from the private link in her email: asking without ticking the box is explained, then sent.
            await phone.GotoAsync(await Journeys.PrivateLinkFromEmailAsync(app, email));
            await Accessibility.AssertAccessibleAsync(phone);
            var rights = phone.GetByTestId("privacy-rights");
            await rights.GetByRole(AriaRole.Button, new() { Name = "Demander l'effacement de mes renseignements" }).ClickAsync();
            await Expect(phone.Locator("#confirm-erasure-error")).ToHaveTextAsync("Cochez la case pour confirmer que vous voulez l'effacement de vos renseignements.");
            await phone.GetByLabel("Je comprends que l'effacement est irréversible.", Exact).CheckAsync();
            await phone.GetByTestId("ask-erasure").ClickAsync();
            await Expect(phone.GetByTestId("privacy-asked")).ToHaveTextAsync("Nous avons reçu votre demande. Une personne de notre équipe vous répondra dans les 30 jours.");
            await Expect(phone.GetByTestId("privacy-open-request")).ToContainTextAsync("Demande en cours de traitement : Effacement");
            await Accessibility.AssertAccessibleAsync(phone);
            // Asking twice is one request.
            await phone.GetByLabel("Je comprends que l'effacement est irréversible.", Exact).CheckAsync();
            await phone.GetByTestId("ask-erasure").ClickAsync();
            await Expect(phone.GetByTestId("privacy-open-request")).ToHaveCountAsync(1);

            // 3. The admin finds it in the register, due in 30 days, and opens the person.
            var admin = await Journeys.SignInAsync(app, session, Roles.Admin);
            await admin.GotoAsync("/Admin/Privacy");
            await Accessibility.AssertAccessibleAsync(admin);
            var row = admin.GetByTestId("privacy-request").Filter(new() { HasText = $"Yasmine {lastName}" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("Effacement");
            await Expect(row).ToContainTextAsync("Ouverte");
            await row.GetByRole(AriaRole.Link, new() { Name = $"Yasmine {lastName}" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = $"Yasmine {lastName}", Level = 1 })).ToBeVisibleAsync();
            // The confirmation lists what goes and what stays (counted, anonymised) before anything happens.
            await Expect(admin.GetByTestId("erasure-plan")).ToContainTextAsync("Candidatures");
            await Expect(admin.GetByTestId("erasure-plan")).ToContainTextAsync("Supprimé");
            await Expect(admin.GetByTestId("erasure-plan")).ToContainTextAsync("Anonymisé (conservé pour les chiffres)");
            await Accessibility.AssertAccessibleAsync(admin);

            // 4. Erasing needs the box ticked; then it is done, and the register says so without her name.
            await admin.GetByTestId("erase").ClickAsync();
            await Expect(admin.GetByTestId("privacy-error")).ToContainTextAsync("Cochez la case pour confirmer l'effacement.");
            await admin.GetByLabel($"Je confirme que tout ce qui est détenu sur Yasmine {lastName} doit être effacé. C'est irréversible.", Exact).CheckAsync();
            await admin.GetByTestId("erase").ClickAsync();
            await Expect(admin.GetByTestId("privacy-notice")).ToContainTextAsync("La personne est effacée.");
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Personne effacée", Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(admin);

            await admin.GotoAsync("/Admin/Privacy?state=Done");
            await Expect(admin.GetByTestId("privacy-requests")).Not.ToContainTextAsync(lastName);
            Assert.Equal(0, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE email = '{email}' OR last_name = '{lastName}'"));
            Assert.Equal(0, await Sql.CountAsync(app.ConnectionString,
                $"SELECT count(*) FROM privacy.requests r JOIN applications.applications a ON a.id = r.application_id WHERE a.session_id = '{sessionId}' AND r.done_at IS NULL"));

            // Her private link no longer opens anything.
            await phone.ReloadAsync();
            await Expect(phone.GetByTestId("privacy-rights")).ToHaveCountAsync(0);
        });

}
