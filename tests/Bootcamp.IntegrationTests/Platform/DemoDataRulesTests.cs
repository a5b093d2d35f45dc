using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The demo is what a director first sees: it must obey the product's own rules, not only fill the pages.</summary>
public sealed class DemoDataRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_data_obeys_the_rules_the_product_enforces()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(DemoDataRulesTests));
        try
        {
            await using var app = new BootcampAppFactory(db, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            // A track's surveys ask about what that track teaches: its curriculum, plus teamwork; nothing of another track.
            var tracks = await mediator.Send(new GetTracks(IncludeInactive: true));
            Assert.NotEmpty(tracks);
            foreach (var track in tracks)
            {
                var taught = (await mediator.Send(new GetMilestones(track.Id))).Where(m => !m.IsCapstone).Select(m => m.NameEn).ToList();
                Assert.NotEmpty(taught);
                var questionnaires = await mediator.Send(new GetQuestionnaires(track.Id));
                Assert.NotEmpty(questionnaires);
                foreach (var questionnaire in questionnaires)
                {
                    var skills = questionnaire.Questions.Where(q => q.Type == QuestionType.SkillRating && q.SkillArea != "teamwork").ToList();
                    Assert.Equal(taught.Count, skills.Count);
                    Assert.All(skills, q => Assert.Contains(taught, name => q.TextEn.Contains(name, StringComparison.Ordinal)));
                }
            }

            var dataScience = tracks.Single(t => t.NameEn == "Data science");
            Assert.DoesNotContain(await mediator.Send(new GetQuestionnaires(dataScience.Id)),
                q => q.Questions.Any(x => x.TextEn.Contains("React", StringComparison.Ordinal) || x.TextEn.Contains("HTML", StringComparison.Ordinal)));

            // Nobody marked as not authorised to work holds a job: a recorded job settles that they may work.
            Assert.True(await Sql.CountAsync(db, "SELECT count(*) FROM placements.follow_up_people WHERE authorised_to_work = false") > 0);
            Assert.Equal(0, await Sql.CountAsync(db, """
                SELECT count(*) FROM placements.placements p JOIN placements.follow_up_people f ON f.id = p.person_id
                WHERE f.authorised_to_work = false
                """));

            // No session holds more seats than it has.
            var sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize))).Items;
            foreach (var session in sessions)
            {
                var held = await mediator.Send(new GetSeatsHeld(session.Id));
                Assert.True(held <= session.Capacity, $"{session.Title}: {held} seats held for {session.Capacity}");
            }

            // Marks only for evenings already held, and only for people of that session.
            Assert.Equal(0, await Sql.CountAsync(db, """
                SELECT count(*) FROM attendance.attendance_marks a JOIN attendance.class_meetings m ON m.id = a.meeting_id
                WHERE m.date > DATE '2026-11-20' OR m.session_id <> a.session_id
                """));

            // The retention rules ran once at seed, for real: every rule has a run, the oldest sessions' applicants who
            // were not admitted are erased, and running the rules again finds nothing more to erase.
            foreach (var rule in Enum.GetValues<Bootcamp.Privacy.Contracts.RetentionRule>())
            {
                Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM privacy.retention_runs WHERE rule = '{rule}'"));
            }

            Assert.True(await Sql.CountAsync(db, "SELECT count::bigint FROM privacy.retention_runs WHERE rule = 'NotAdmitted'") > 0);
            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count::bigint FROM privacy.retention_runs WHERE rule = 'Participants'"));
            await scope.ServiceProvider.GetRequiredKeyedService<Bootcamp.Shared.Jobs.IBootcampJob>(Bootcamp.Privacy.Retention.NotAdmitted.NotAdmittedRetentionJob.Name)
                .RunAsync(CancellationToken.None);
            // Both runs stand at the same instant on this clock: the second is the one that erased nobody.
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM privacy.retention_runs WHERE rule = 'NotAdmitted' AND count = 0"));
            // The privacy register's demo requests name people the rules keep.
            Assert.Equal(0, await Sql.CountAsync(db, """
                SELECT count(*) FROM privacy.requests r JOIN applications.applications a ON a.id = r.application_id
                WHERE a.email LIKE '%@erased.invalid'
                """));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }
}
