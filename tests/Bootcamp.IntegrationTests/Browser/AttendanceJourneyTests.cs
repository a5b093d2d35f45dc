using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>The app with a clock the journey can move: applications in November, the first evening in January.</summary>
public sealed class ProgrammeCalendarApp : LiveApp
{
    protected override ManualClock? CreateClock() => new(SessionApplicants.InWindow);
}

/// <summary>
/// An instructor takes tonight's attendance on a phone, in French and then in English: one tap per person, a warning
/// when saving with people unmarked, "everyone not marked is present", a correction, all without a horizontal scroll.
/// </summary>
public sealed class AttendanceJourneyTests(ProgrammeCalendarApp app, BrowserFixture browser) : IClassFixture<ProgrammeCalendarApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task An_instructor_takes_attendance_on_a_phone_in_French_then_corrects_it_in_English() =>
        browser.RunAsync(app, async session =>
        {
            var email = $"sofia.{Guid.NewGuid():N}@tests.bootcamp.local";
            // The setup talks HTTP to an in-memory twin of the app on the same database and clock (the live app listens on
            // Kestrel, where the factory's own clients cannot reach); like two Hosts behind a load balancer.
            var clock = app.Factory.Clock!;
            clock.Set(SessionApplicants.InWindow);
            TaughtSession taught;
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                taught = await TaughtSessions.CreateAsync(setup, 4, email);
            }

            clock.Set(TaughtSessions.FirstEvening);
            var first = taught.Participants[0];
            var second = taught.Participants[1];

            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByLabel("Courriel", new() { Exact = true }).FillAsync(email);
            await phone.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestUsers.Password);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();

            await phone.GotoAsync("/Teach");
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Enseignement", Level = 1 })).ToBeVisibleAsync();
            await phone.GetByTestId("take-attendance").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Présences", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.GetByTestId("marked-count")).ToHaveTextAsync("0 sur 4 saisis");

            // One tap: the first person is late; then everyone else present in one go.
            var firstRow = Row(phone, first);
            await firstRow.GetByText("En retard", new() { Exact = true }).ClickAsync();
            await Expect(firstRow.GetByRole(AriaRole.Radio, new() { Name = "En retard", Exact = true })).ToBeCheckedAsync();

            // Saving now would leave three people unmarked: the sheet says who, keeps the tap, and saves nothing yet.
            await phone.GetByTestId("save-attendance").ClickAsync();
            await Expect(phone.GetByTestId("unmarked-warning")).ToContainTextAsync("3 personnes n’ont pas encore de présence saisie");
            await Expect(phone.GetByTestId("unmarked-warning")).ToContainTextAsync($"{second.FirstName} {second.LastName}");
            await Expect(phone.GetByTestId("save-anyway")).ToBeVisibleAsync();
            await Expect(Row(phone, first).GetByRole(AriaRole.Radio, new() { Name = "En retard", Exact = true })).ToBeCheckedAsync();
            await Expect(phone.GetByTestId("marked-count")).ToHaveTextAsync("0 sur 4 saisis");
            Assert.True(await FitsTheScreenAsync(phone), "the unmarked warning scrolls sideways on a phone");

            // Rather than save anyway, everyone else is present.
            await phone.GetByTestId("all-present").ClickAsync();
            await Expect(phone.GetByTestId("attendance-saved")).ToHaveTextAsync("Présences enregistrées. Présences modifiées : 4.");
            await Expect(phone.GetByTestId("marked-count")).ToHaveTextAsync("4 sur 4 saisis");
            await Expect(Row(phone, first).GetByRole(AriaRole.Radio, new() { Name = "En retard", Exact = true })).ToBeCheckedAsync();
            await Expect(Row(phone, second).GetByRole(AriaRole.Radio, new() { Name = "Présent", Exact = true })).ToBeCheckedAsync();
            Assert.True(await FitsTheScreenAsync(phone), "the sheet scrolls sideways on a phone");

            // In English, a correction: the second person actually left before the break.
            await phone.GetByTestId("language-switch").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Attendance", Level = 1 })).ToBeVisibleAsync();
            var secondRow = Row(phone, second);
            await secondRow.GetByText("Absent", new() { Exact = true }).ClickAsync();
            await secondRow.GetByText("Note", new() { Exact = true }).ClickAsync();
            await secondRow.GetByLabel($"Note for {second.FirstName}", new() { Exact = true }).FillAsync("Left at the break");
            await phone.GetByTestId("save-attendance").ClickAsync();
            await Expect(phone.GetByTestId("attendance-saved")).ToHaveTextAsync("Attendance saved. Marks changed: 1.");
            await Expect(Row(phone, second).GetByRole(AriaRole.Radio, new() { Name = "Absent", Exact = true })).ToBeCheckedAsync();
            await Expect(Row(phone, second).GetByLabel($"Note for {second.FirstName}", new() { Exact = true })).ToHaveValueAsync("Left at the break");
            Assert.True(await FitsTheScreenAsync(phone), "the sheet scrolls sideways on a phone");
        });

    private static ILocator Row(IPage page, RosterPerson person) =>
        page.GetByTestId("attendance-row").Filter(new() { HasText = $"{person.FirstName} {person.LastName}" });

    private static Task<bool> FitsTheScreenAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
