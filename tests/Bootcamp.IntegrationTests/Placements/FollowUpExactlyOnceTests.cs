using Bootcamp.Mail;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Placements.FollowUpTestData;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>A wave goes out once per person, with two Hosts dispatching on one database and one of them failing
/// between the claim and the commit.</summary>
public sealed class FollowUpExactlyOnceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Invitation = DispatchDueFollowUpsHandler.InvitationCategory;

    [Fact]
    public async Task Two_hosts_dispatching_the_same_due_waves_at_once_send_one_mail_per_person_and_wave()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var first = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        await using var second = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(first, 6);
        _ = second.Services;

        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => DispatchAsync(i % 2 == 0 ? first : second))));
        Assert.Equal(6, results.Sum(r => r.Invitations));

        var db = database.ConnectionString;
        var ids = string.Join(",", world.Completers.Select(c => $"'{c.Email}'"));
        Assert.Equal(6, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE category = '{Invitation}' AND to_address IN ({ids})"));
        Assert.Equal(6, await Sql.CountAsync(db, $"SELECT count(DISTINCT to_address) FROM mail.outgoing_mails WHERE category = '{Invitation}' AND to_address IN ({ids})"));
        Assert.Equal(6, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_dispatches d JOIN placements.follow_up_waves w ON w.id = d.wave_id
            JOIN placements.follow_up_people p ON p.id = w.person_id WHERE p.session_id = '{world.Session.SessionId}'
            """));
        // One link per sent wave: a loser of the race left nothing behind.
        Assert.Equal(6, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_links l JOIN placements.follow_up_waves w ON w.id = l.wave_id
            JOIN placements.follow_up_people p ON p.id = w.person_id WHERE p.session_id = '{world.Session.SessionId}'
            """));
    }

    [Fact]
    public async Task A_host_failing_after_the_claim_leaves_no_claim_and_no_mail_and_the_other_host_sends_each_wave_once()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var healthy = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        // The dying Host queues the first mail, then "crashes" before its transaction commits.
        await using var dying = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler)
        {
            Clock = clock,
            ConfigureServices = services =>
            {
                var original = services.Single(d => d.ServiceType == typeof(IMailQueue));
                services.Remove(original);
                services.AddSingleton<IMailQueue>(sp => new CrashingMailQueue((IMailQueue)original.ImplementationFactory!(sp)));
            },
        };
        var world = await FollowUpWorld.CreateAsync(healthy, 3);
        var sessionId = world.Session.SessionId;

        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => DispatchAsync(dying));

        var db = database.ConnectionString;
        var emails = string.Join(",", world.Completers.Select(c => $"'{c.Email}'"));
        Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE category = '{Invitation}' AND to_address IN ({emails})"));
        Assert.Equal(0, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_dispatches d JOIN placements.follow_up_waves w ON w.id = d.wave_id
            JOIN placements.follow_up_people p ON p.id = w.person_id WHERE p.session_id = '{sessionId}'
            """));
        Assert.All(await SendAsync(healthy, new GetFollowUpWaves(sessionId)), w => Assert.Equal(FollowUpWaveStatus.Pending, w.Status));

        // The retry (the other Host's next pass) sends everything once; a further pass and the dying Host find nothing.
        Assert.Equal(3, (await DispatchAsync(healthy)).Invitations);
        Assert.Equal(0, (await DispatchAsync(healthy)).Total);
        Assert.Equal(0, (await DispatchAsync(dying)).Total);
        foreach (var person in world.Completers)
        {
            Assert.Single(await MailsAsync(db, Invitation, person.Email));
        }
    }

    private sealed class CrashingMailQueue(IMailQueue inner) : IMailQueue
    {
        public async Task EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            await inner.EnqueueAsync(mail, cancellationToken);
            throw new InvalidOperationException("The Host died between the claim and the commit.");
        }
    }
}
