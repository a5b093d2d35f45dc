using System.Text.Json;
using System.Text.RegularExpressions;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>
/// The whole selection journey in real browsers: an applicant applies in French on a phone, staff screen her and run the
/// selection at their desk, and she confirms her seat from the private link in her confirmation email; Sessions then
/// enrols her on the roster (through the outbox).
/// </summary>
public sealed class SelectionAndConfirmJourneyTests(LiveApp app, BrowserFixture browser) : IClassFixture<LiveApp>, IClassFixture<BrowserFixture>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public Task An_applicant_applies_on_a_phone_staff_select_her_and_she_confirms_from_the_email_link() =>
        browser.RunAsync(app, async session =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var title = "Soirées sélection " + suffix;
            var lastName = "Diallo" + suffix;
            var email = $"amina.{Guid.NewGuid():N}@example.org";
            var sessionId = await OpenSessions.ScheduleAsync(app.Factory, title, capacity: 3); // 70 %: 2 newcomer seats, 1 resident seat

            // 1. The applicant applies in French on a phone.
            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync($"/Public/Apply/{sessionId}");
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Postuler à {title}", Level = 1 })).ToBeVisibleAsync();
            await phone.GetByLabel("Prénom", Exact).FillAsync("Amina");
            await phone.GetByLabel("Nom", Exact).FillAsync(lastName);
            await phone.GetByLabel("Courriel", Exact).FillAsync(email);
            await phone.GetByLabel("Statut au Canada", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Demandeur·se d’asile" });
            await phone.GetByRole(AriaRole.Radio, new() { Name = "Oui", Exact = true }).CheckAsync();
            await phone.GetByLabel("Je peux suivre les cours le soir", Exact).CheckAsync();
            await phone.GetByLabel("J’accepte que Bootcamp utilise ma candidature pour gérer le programme (obligatoire).", Exact).CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature", Exact = true }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Merci, votre candidature est envoyée", Level = 1 })).ToBeVisibleAsync();

            // 2. Competition: three more newcomers and two residents apply (as the form does) and are screened with lower scores.
            var others = await ApplyOthersAsync(sessionId, suffix);

            // 3. Staff screen her eligible with the top score on the detail page, then preview and commit the selection.
            var staff = await Journeys.SignInAsync(app, session, Roles.Staff);
            await staff.GotoAsync($"/Staff/Applications?session={sessionId}");
            await Accessibility.AssertAccessibleAsync(staff);
            await staff.GetByTestId("applications-table").GetByRole(AriaRole.Link, new() { Name = $"Amina {lastName}", Exact = true }).ClickAsync();
            await staff.GetByLabel("Admissible", Exact).CheckAsync();
            // Top marks on every configured criterion (their number and maxima come from configuration).
            foreach (var rating in await staff.Locator("fieldset input[type=number][name^='Input.Ratings']").AllAsync())
            {
                await rating.FillAsync(await rating.GetAttributeAsync("max") ?? "5");
            }

            await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la présélection", Exact = true }).ClickAsync();
            await Expect(staff.GetByText("Présélection enregistrée.", new() { Exact = true })).ToBeVisibleAsync();

            await staff.GotoAsync($"/Staff/Applications/Selection?session={sessionId}");
            await Accessibility.AssertAccessibleAsync(staff);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Aperçu", Exact = true }).ClickAsync();
            var preview = staff.GetByTestId("preview");
            await Expect(preview).ToBeVisibleAsync();
            await Expect(preview.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Amina {lastName}" })).ToContainTextAsync("Admis");
            await staff.GetByLabel("J’ai vérifié l’aperçu", Exact).CheckAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Valider la sélection", Exact = true }).ClickAsync();
            await Expect(staff.GetByTestId("committed")).ToHaveTextAsync($"Sélection validée : 3 admis, {others - 2} en attente.");

            // 4. Selection told her by email (in French) that a seat is waiting, with a link of its own: she confirms from
            // that mail, on her phone, without the first one.
            var link = await Journeys.PrivateLinkFromEmailAsync(app, email, "applications.admitted");
            Assert.NotEqual(await Journeys.PrivateLinkFromEmailAsync(app, email, "applications.confirmation"), link);
            var mailbox = app.Factory.Services.GetRequiredService<IMailbox>();
            var admission = (await mailbox.RecentAsync(1, 50, CancellationToken.None)).First(m => m.Category == "applications.admitted" && m.To.Contains(email, StringComparison.OrdinalIgnoreCase));
            Assert.StartsWith("Vous avez une place à ", admission.Subject, StringComparison.Ordinal);
            Assert.Contains("Soirs : ", admission.TextBody, StringComparison.Ordinal);
            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByTestId("status")).ToHaveTextAsync("Admise");
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The status page scrolls sideways on a phone: {width}px");

            // She updates her phone number first (the roster should carry it), then confirms her seat.
            await phone.GetByLabel("Téléphone (facultatif)", Exact).FillAsync("514 555 0199");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes coordonnées", Exact = true }).ClickAsync();
            await Expect(phone.GetByTestId("contact-message")).ToHaveTextAsync("Vos coordonnées sont à jour.");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Confirmer ma place", Exact = true }).ClickAsync();
            await Expect(phone.GetByText("Votre place est confirmée", new() { Exact = false })).ToBeVisibleAsync();
            await Expect(phone.GetByTestId("status")).ToHaveTextAsync("Place confirmée");

            // 5. Sessions enrols her (SeatConfirmed through the outbox): the staff API's roster lists her.
            var roster = await Eventually.MatchesAsync(
                async () =>
                {
                    var response = await staff.Context.APIRequest.GetAsync($"/api/sessions/{sessionId}/roster");
                    Assert.True(response.Ok, $"roster: {response.Status}");
                    return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
                },
                r => r.EnumerateArray().Any(p => p.GetProperty("lastName").GetString() == lastName));
            var enrolled = roster.EnumerateArray().Single(p => p.GetProperty("lastName").GetString() == lastName);
            Assert.Equal(email, enrolled.GetProperty("email").GetString());
            Assert.Equal("514 555 0199", enrolled.GetProperty("phone").GetString());
            Assert.Equal("fr-CA", enrolled.GetProperty("preferredLanguage").GetString());
        });

    /// <summary>Three newcomers and two residents, screened eligible with scores below hers; returns how many.</summary>
    private async Task<int> ApplyOthersAsync(Guid sessionId, string suffix)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var count = 5;
        for (var i = 0; i < count; i++)
        {
            var newcomer = i < 3;
            var result = await mediator.Send(new Apply(
                sessionId,
                new ApplicantProfile
                {
                    FirstName = "Personne" + i,
                    LastName = suffix,
                    Email = $"p{i}-{suffix}@example.org",
                    PreferredLanguage = "fr-CA",
                    ResidencyStatus = newcomer ? ResidencyStatus.AsylumClaimant : ResidencyStatus.Citizen,
                    AuthorisedToWork = true,
                    ConfirmsEveningAvailability = true,
                },
                new ConsentAnswers(true, false, false),
                Guid.NewGuid().ToString("N")));
            await mediator.Send(new ScreenApplication(result.ApplicationId, Eligible: true, Score: 60 - i, Reason: null));
        }

        return count;
    }

}
