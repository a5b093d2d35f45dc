using Bootcamp.Messages.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Messages;

/// <summary>The demo's message history: two messages, sent by the product's own rules, once.</summary>
public sealed class MessagesDemoDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_has_two_sent_messages_to_a_session_under_way_and_seeding_again_adds_none()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(MessagesDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(db, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            var sessionId = Guid.Parse(await Sql.ScalarAsync(db, "SELECT DISTINCT session_id::text FROM messages.messages"));
            var messages = (await mediator.Send(new GetMessages(sessionId))).Items;
            Assert.Equal(2, messages.Count);
            Assert.All(messages, m => Assert.True(m.Done && m.Recipients > 0 && m.Queued + m.Skipped == m.Recipients));
            Assert.Contains(messages, m => m.WrittenInFrench && !m.WrittenInEnglish);

            // Nobody erased or without consent was written to.
            Assert.Equal(0, await Sql.CountAsync(db, """
                SELECT count(*) FROM messages.message_recipients r JOIN applications.applications a ON a.id = r.application_id
                WHERE r.state = 'Queued' AND (a.email LIKE '%@erased.invalid' OR NOT EXISTS (
                  SELECT 1 FROM applications.consents c WHERE c.application_id = a.id AND c.purpose = 'ProgrammeAdministration' AND c.granted AND c.withdrawn_at IS NULL))
                """));
            var mails = await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE category = 'messages.cohort'");
            Assert.Equal(messages.Sum(m => m.Queued), mails);

            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync(CancellationToken.None);
            Assert.Equal(2, await Sql.CountAsync(db, "SELECT count(*) FROM messages.messages"));
            Assert.Equal(mails, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE category = 'messages.cohort'"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }
}
