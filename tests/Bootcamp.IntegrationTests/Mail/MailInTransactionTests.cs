using Bootcamp.Mail;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>A mail is queued if and only if the change that caused it commits (no confirmation for an application
/// that was never saved).</summary>
public sealed class MailInTransactionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task A_mail_queued_inside_a_command_transaction_shares_its_fate(bool commit, long expected)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Email:Enabled"] = "false" });
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bootcamp.Applications.Persistence.ApplicationsDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
        var key = "tx-test:" + Guid.NewGuid();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            using (AmbientTransaction.Enlist(transaction.GetDbTransaction()))
            {
                await queue.EnqueueAsync(new OutgoingMail("amina@example.org", "Amina", "Sujet", "Corps", null, "fr-CA", "tests.transaction", key));
            }

            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }
        }

        Assert.Equal(expected, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM mail.outgoing_mails WHERE deduplication_key = '{key}'"));
    }
}
