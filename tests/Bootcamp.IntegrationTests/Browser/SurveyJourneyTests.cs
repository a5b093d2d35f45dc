using Bootcamp.Surveys.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>A participant answers the pre-survey from the link in her e-mail, on a phone: half in French, saved for
/// later, then finished in English after switching language.</summary>
public sealed class SurveyJourneyTests(ProgrammeCalendarApp app, BrowserFixture browser) : IClassFixture<ProgrammeCalendarApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_participant_answers_her_pre_survey_from_the_emailed_link_on_a_phone() =>
        browser.RunAsync(app, async session =>
        {
            var clock = app.Factory.Clock!;
            clock.Set(SessionApplicants.InWindow);
            string token;
            RosterPerson person;
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                var taught = await TaughtSessions.CreateAsync(setup, 2, $"eva.{Guid.NewGuid():N}@tests.bootcamp.local");
                person = taught.Participants.First(p => p.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal));
                token = await SurveyTestData.TokenAsync(setup, person.Email, SurveyKind.PreProgramme);
            }

            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync($"/s/{token}");
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Avant le programme : vos compétences aujourd’hui", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.GetByText($"Bonjour {person.FirstName}")).ToBeVisibleAsync();

            // One answer, then "save and finish later".
            var questions = phone.GetByTestId("question");
            await questions.First.Locator("label.mark").Nth(3).ClickAsync();
            await phone.GetByTestId("save-survey").ClickAsync();
            await Expect(phone.GetByTestId("survey-notice")).ToContainTextAsync("Vos réponses sont enregistrées");
            await Expect(questions.First.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true })).ToBeCheckedAsync();

            // She finishes in English.
            await phone.GetByTestId("language-switch").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Before the programme: your skills today", Level = 1 })).ToBeVisibleAsync();
            var count = await questions.CountAsync();
            for (var i = 1; i < count; i++)
            {
                var question = questions.Nth(i);
                if (await question.Locator("input[type=radio]").CountAsync() > 0)
                {
                    await question.Locator("label").Last.ClickAsync();
                }
                else if (await question.Locator("input[type=number]").CountAsync() > 0)
                {
                    await question.Locator("input[type=number]").FillAsync("1");
                }
                else
                {
                    await question.Locator("textarea").FillAsync("More team projects, please.");
                }
            }

            await phone.GetByTestId("submit-survey").ClickAsync();
            await Expect(phone.GetByTestId("survey-notice")).ToContainTextAsync("Thank you! Your answers are sent.");
            await Expect(phone.GetByTestId("survey-submitted")).ToBeVisibleAsync();
            Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the survey scrolls sideways on a phone");
        });
}
