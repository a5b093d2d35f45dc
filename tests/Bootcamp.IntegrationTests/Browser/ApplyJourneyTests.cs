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
}
