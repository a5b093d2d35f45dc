using System.Globalization;
using Bootcamp.Host.Pages.Admin;
using Bootcamp.Identity;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>The development mailbox pages through what was sent: its pager once asked for "page", a name Razor Pages
/// keeps for itself, so the second page never loaded.</summary>
public sealed class MailboxPagingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_second_page_of_the_mailbox_shows_the_older_mails()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
            for (var i = 0; i < MailboxModel.PageSize + 5; i++)
            {
                var n = i.ToString("D3", CultureInfo.InvariantCulture);
                await queue.EnqueueAsync(new OutgoingMail($"paging{n}@example.org", "Paging", $"Paging mail {n}", "Body", null, "fr-CA", "tests.paging"));
            }
        }

        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var first = await admin.GetStringAsync(new Uri("/Admin/Mailbox", UriKind.Relative));
        Assert.Contains("href=\"?p=2\"", first, StringComparison.Ordinal);

        var second = await admin.GetStringAsync(new Uri("/Admin/Mailbox?p=2", UriKind.Relative));
        var onFirst = first.Split("Paging mail ").Skip(1).Select(s => s[..3]).ToHashSet();
        var onSecond = second.Split("Paging mail ").Skip(1).Select(s => s[..3]).ToHashSet();
        Assert.NotEmpty(onSecond);
        Assert.Empty(onFirst.Intersect(onSecond));
        Assert.Contains("href=\"?p=1\"", second, StringComparison.Ordinal);
    }
}
