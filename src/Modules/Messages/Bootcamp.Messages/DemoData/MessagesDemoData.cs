using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Delivery;
using Bootcamp.Messages.Persistence;
using Bootcamp.Shared;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Messages.DemoData;

/// <summary>
/// Two messages in the history of a session under way, sent the way staff send them (the same command, the same
/// audience rules, the same delivery passes), so nobody erased or without consent is written to: a bilingual one to the
/// enrolled participants, and one written in French only to those at risk and the enrolled, whose English readers get
/// it under the note. After Privacy (90), whose retention run may erase people first. Runs once.
/// </summary>
internal sealed class MessagesDemoData(MessagesDbContext db, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    // Stands for the demo's staff member: the history shows counts, never who sent a message.
    private static readonly Guid DemoStaff = new("00000000-0000-7000-8000-00000000de00");

    public int Order => 95;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Messages.AnyAsync(cancellationToken))
        {
            return;
        }

        var sessions = await mediator.Send(new GetSessionsInTeachingWindow(ProgrammeTime.Today(clock)), cancellationToken);
        foreach (var session in sessions)
        {
            var audience = await mediator.Send(new GetAudience(session.Id, [RecipientGroup.Enrolled]), cancellationToken);
            if (audience.Recipients == 0)
            {
                continue;
            }

            await mediator.Send(new SendMessage(session.Id, [RecipientGroup.Enrolled], new MessageText(
                "Rappel : apportez votre ordinateur", "Bonjour à toutes et à tous,\n\nLundi, nous commençons le projet de groupe. Apportez votre ordinateur chargé.\n\nÀ lundi !",
                "Reminder: bring your laptop", "Hello everyone,\n\nOn Monday we start the group project. Please bring your laptop, charged.\n\nSee you Monday!"),
                "demo-laptop", DemoStaff), cancellationToken);
            await mediator.Send(new SendMessage(session.Id, [RecipientGroup.Enrolled, RecipientGroup.AtRisk], new MessageText(
                "Séance de rattrapage jeudi", "Une séance de rattrapage a lieu jeudi à 18 h 30 pour revoir les exercices de la semaine. Elle est ouverte à toutes et à tous.",
                null, null),
                "demo-catch-up", DemoStaff), cancellationToken);
            // Each pass queues a batch; the last finds nothing and closes both messages.
            int queued;
            do
            {
                queued = await mediator.Send(new DeliverNextBatch(), cancellationToken);
            }
            while (queued > 0);

            return;
        }
    }
}
