using Bootcamp.Attendance.Digest;
using Bootcamp.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Staff get one digest a day, after 07:00 in Montréal, when someone is at risk.</summary>
public sealed class AtRiskDigestTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    // The scheduler stays off: the test drives the digest with its own clock instead of waiting for the hourly firing.
    private static readonly Dictionary<string, string?> NoScheduler = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task One_mail_per_staff_member_per_day_from_seven_in_the_morning()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 3, today: new DateOnly(2027, 1, 11), settings: NoScheduler);
        Guid[] staff;
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
            staff =
            [
                (await seeder.EnsureUserAsync("coordination@tests.bootcamp.local", "Chloé Coordination", Roles.Staff, "fr-CA", TestUsers.Password)).Id,
                (await seeder.EnsureUserAsync("programme@tests.bootcamp.local", "Pat Programme", Roles.Staff, "en-CA", TestUsers.Password)).Id,
            ];
        }

        await world.RecordAsync(new DateOnly(2027, 1, 11), "PAP");
        world.Clock.Set(AttendanceWorld.Evening(new DateOnly(2027, 1, 13)));
        await world.RecordAsync(new DateOnly(2027, 1, 13), "PAP");

        // Thursday 14 January, 06:59 in Montréal (11:59 UTC): not yet.
        world.Clock.Set(new DateTimeOffset(2027, 1, 14, 11, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await world.SendAsync(new SendAtRiskDigest()));
        Assert.Empty(await DigestsAsync(world));

        // 07:01: one mail to each staff member.
        world.Clock.Set(new DateTimeOffset(2027, 1, 14, 12, 1, 0, TimeSpan.Zero));
        Assert.Equal(2, await world.SendAsync(new SendAtRiskDigest()));
        var first = await DigestsAsync(world);
        Assert.Equal(
            staff.Select(id => $"attendance.at-risk-digest:2027-01-14:{id}").Order(StringComparer.Ordinal),
            first.Select(m => m.Key).Order(StringComparer.Ordinal));
        var mail = first[0];
        Assert.Contains(world.P(1).FirstName + " " + world.P(1).LastName, mail.Body, StringComparison.Ordinal);
        Assert.Contains(world.Title, mail.Body, StringComparison.Ordinal);
        Assert.Contains("absence à ses deux derniers cours saisis", mail.Body, StringComparison.Ordinal);
        Assert.Contains("absent at their last two marked classes", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Participants à risque", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("At-risk participants", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(world.P(0).LastName, mail.Body, StringComparison.Ordinal);

        // Later the same day (the job runs hourly, maybe on another Host): nothing new.
        world.Clock.Set(new DateTimeOffset(2027, 1, 14, 20, 0, 0, TimeSpan.Zero));
        await world.SendAsync(new SendAtRiskDigest());
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredKeyedService<Bootcamp.Shared.Jobs.IBootcampJob>(AtRiskDigestJob.Name).RunAsync(CancellationToken.None);
        }

        Assert.Equal(2, (await DigestsAsync(world)).Count);

        // The next morning, again.
        world.Clock.Set(new DateTimeOffset(2027, 1, 15, 12, 30, 0, TimeSpan.Zero));
        Assert.Equal(2, await world.SendAsync(new SendAtRiskDigest()));
        Assert.Equal(4, (await DigestsAsync(world)).Count);
        Assert.Equal(2, (await DigestsAsync(world)).Count(m => m.Key.Contains("2027-01-15", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task No_mail_when_nobody_is_at_risk()
    {
        // A database of its own: the other test's session runs on the same days and has someone at risk.
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(No_mail_when_nobody_is_at_risk));
        try
        {
            await using var world = await AttendanceWorld.CreateAsync(connectionString, participants: 2, today: new DateOnly(2027, 1, 11), settings: NoScheduler);
            await TestUsers.EnsureAsync(world.App, Roles.Staff);
            await world.RecordAsync(new DateOnly(2027, 1, 11), "PP");
            world.Clock.Set(AttendanceWorld.Evening(new DateOnly(2027, 1, 13)));
            await world.RecordAsync(new DateOnly(2027, 1, 13), "PL");

            world.Clock.Set(new DateTimeOffset(2027, 1, 14, 13, 0, 0, TimeSpan.Zero));
            Assert.Equal(0, await world.SendAsync(new SendAtRiskDigest()));
            Assert.Empty(await DigestsAsync(world));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private sealed record Digest(string Key, string Subject, string Body);

    private static async Task<List<Digest>> DigestsAsync(AttendanceWorld world)
    {
        await using var connection = new NpgsqlConnection(world.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT deduplication_key, subject, text_body FROM mail.outgoing_mails WHERE category = 'attendance.at-risk-digest' ORDER BY created_at, deduplication_key",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var mails = new List<Digest>();
        while (await reader.ReadAsync())
        {
            mails.Add(new Digest(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return mails;
    }
}
