using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Accounts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>The programme's calendar, with invitation links pointing at the test's address.</summary>
public sealed class InvitationCalendarApp : LiveApp
{
    protected override ManualClock? CreateClock() => new(SessionApplicants.InWindow);

    protected override IReadOnlyDictionary<string, string?>? Settings() => TeamTestData.Settings;
}

/// <summary>
/// The admin invites an instructor from a desktop, in English; the instructor opens the mailed link on a phone, in French,
/// chooses a password, signs in — nothing else asked — and lands on their home, where tonight's evening waits.
/// </summary>
public sealed class InvitationJourneyTests(InvitationCalendarApp app, BrowserFixture browser)
    : IClassFixture<InvitationCalendarApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task An_admin_invites_an_instructor_who_sets_a_password_on_a_phone_and_lands_on_tonight() =>
        browser.RunAsync(app, async session =>
        {
            var clock = app.Factory.Clock!;
            clock.Set(SessionApplicants.InWindow);
            var instructorEmail = TeamTestData.NewEmail("nadia");
            TaughtSession taught;
            string adminEmail;
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                taught = await TaughtSessions.CreateAsync(setup, 2, TeamTestData.NewEmail("outgoing"));
                adminEmail = await TestUsers.EnsureAsync(setup, Roles.Admin);
            }

            // The invitation is sent on the afternoon of the first evening (a link lasts seven days).
            clock.Set(TaughtSessions.FirstEvening.AddHours(-5));
            var desk = await session.NewPageAsync(BrowserProfile.Desktop("en-CA"));
            await desk.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(desk);
            await desk.GetByLabel("Email", new() { Exact = true }).FillAsync(adminEmail);
            await desk.GetByLabel("Password", new() { Exact = true }).FillAsync(TestUsers.Password);
            await desk.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await desk.GotoAsync("/Staff/Team");
            await Accessibility.AssertAccessibleAsync(desk);
            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Team and access", Level = 1 })).ToBeVisibleAsync();
            await desk.GetByTestId("invite-link").ClickAsync();
            await desk.GetByLabel("Email", new() { Exact = true }).FillAsync(instructorEmail);
            await desk.GetByLabel("Name", new() { Exact = true }).FillAsync("Nadia Benali");
            await desk.GetByLabel("Instructor", new() { Exact = true }).CheckAsync();
            await desk.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("fr-CA");
            await desk.GetByTestId("send-invitation").ClickAsync();
            await Expect(desk.GetByTestId("team-notice")).ToHaveTextAsync("Invitation sent.");
            await Expect(desk.GetByTestId("member-status")).ToHaveTextAsync("Invited");

            // The session is given to the newcomer, as staff would on the session's page.
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                await using var scope = setup.Services.CreateAsyncScope();
                var id = (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(instructorEmail))!.Id;
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var current = await mediator.Send(new GetSession(taught.SessionId));
                await mediator.Send(new UpdateSession(taught.SessionId, current.Details with { InstructorIds = [id] }, current.Version));
            }

            var link = await TeamTestData.InvitationLinkAsync(app.ConnectionString, instructorEmail);
            Assert.NotNull(link);
            clock.Set(TaughtSessions.FirstEvening);
            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Accepter votre invitation", Level = 1 })).ToBeVisibleAsync();
            await phone.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("une phrase assez longue");
            await phone.GetByLabel("Retapez le mot de passe", new() { Exact = true }).FillAsync("une phrase assez longue");
            await phone.GetByTestId("accept-invitation").ClickAsync();
            await Expect(phone.GetByTestId("invitation-accepted")).ToBeVisibleAsync();
            await Expect(phone.GetByLabel("Courriel", new() { Exact = true })).ToHaveValueAsync(instructorEmail);
            await phone.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("une phrase assez longue");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();

            await Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
            // Tonight's evening, first thing on the home: one tap to the attendance sheet.
            await phone.GetByTestId("home-action").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Présences", Level = 1 })).ToBeVisibleAsync();
            await phone.GotoAsync("/");
            await Accessibility.AssertAccessibleAsync(phone);
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The home scrolls sideways on a phone: {width}px");

            // The link worked once.
            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByTestId("invitation-invalid")).ToBeVisibleAsync();
        });
}
