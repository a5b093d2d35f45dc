using Bootcamp.Identity;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>The admin lands on what needs them: failed mail among the counts, with the way to the Operations area.</summary>
public sealed class AdminHomeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_mail_that_could_not_be_sent_is_on_the_admins_home_with_a_link_to_the_failed_mail()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: TeamTestData.Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var before = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("Courriels non envoyés", before, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMailQueue>().EnqueueAsync(
                new OutgoingMail("not an address", null, "Subject", "Body", null, "fr-CA", "tests.failed"));
        }

        var after = await TeamTestData.BodyAsync(await admin.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("Courriels non envoyés", after, StringComparison.Ordinal);
        Assert.Contains("/Admin/Operations/Mail?status=Failed", after, StringComparison.Ordinal);
        Assert.Contains("/Admin/Operations", after, StringComparison.Ordinal);
    }
}
