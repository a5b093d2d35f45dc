using Bootcamp.Applications.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>Issue 19's "resend my link" journey, in English on a phone: an applicant whose link no longer opens is told
/// what to do, asks for a new one, and opens her application from the new mail. axe-core checks every page.</summary>
public sealed class ResendLinkJourneyTests(LiveApp app, BrowserFixture browser) : IClassFixture<LiveApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task An_applicant_who_lost_her_link_gets_a_new_one_by_email_and_opens_her_application() =>
        browser.RunAsync(app, async session =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var title = "Evening web " + suffix;
            var sessionId = await OpenSessions.ScheduleAsync(app.Factory, title);
            var email = $"hana.{suffix}@example.org";
            await using (var scope = app.Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Apply(
                    sessionId,
                    new ApplicantProfile
                    {
                        FirstName = "Hana", LastName = "Said" + suffix, Email = email, PreferredLanguage = "en-CA",
                        ResidencyStatus = ResidencyStatus.RefugeeOrProtectedPerson, AuthorisedToWork = true, ConfirmsEveningAvailability = true,
                    },
                    new ConsentAnswers(true, false, true),
                    Guid.NewGuid().ToString("N")));
            }

            // 1. A link that opens nothing (lost, expired, mistyped) says what to do instead of a bare "not found".
            var phone = await session.NewPageAsync(BrowserProfile.Phone("en-CA"));
            await phone.GotoAsync($"/Public/Application/{Bootcamp.Shared.Privacy.SensitiveData.NewToken()}?culture=en-CA");
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByTestId("dead-link-resend").ClickAsync();

            // 2. The form asks for her address (and optionally the session); a malformed one is explained.
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Get my private link again", Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByLabel("Email", new() { Exact = true }).FillAsync("hana@");
            await phone.GetByTestId("resend-submit").ClickAsync();
            await Expect(phone.GetByTestId("error-summary")).ToBeVisibleAsync();
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
            await phone.GetByLabel("Session (optional)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = sessionId.ToString() });
            await phone.GetByTestId("resend-submit").ClickAsync();
            await Expect(phone.GetByTestId("resend-done")).ToContainTextAsync("If an application matches this address");
            await Accessibility.AssertAccessibleAsync(phone);
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The resend page scrolls sideways on a phone: {width}px");

            // 3. The mail (in English, naming the session) carries a new link that opens her application.
            var link = await Journeys.PrivateLinkFromEmailAsync(app, email, "applications.link-resent");
            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByTestId("status")).ToBeVisibleAsync();
            await Expect(phone.GetByText(title).First).ToBeVisibleAsync();
        });
}
