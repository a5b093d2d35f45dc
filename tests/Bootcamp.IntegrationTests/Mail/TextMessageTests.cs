using System.Net.Http.Json;
using Bootcamp.Applications.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>Issue 19 item 6 (decisions/0025): SMS as a second channel of the one queue, off by default, sent through a
/// provider's HTTP API — here a loopback stand-in — only to people who opted in, within two segments, once.</summary>
public sealed class TextMessageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("Json")]
    [InlineData("Form")]
    public async Task A_seat_to_confirm_is_texted_once_to_those_who_opted_in_and_retried_when_the_provider_fails(string format)
    {
        await using var provider = await SmsProviderStandIn.StartAsync();
        provider.FailFirst = 1;
        var own = await TestPostgres.CreateDatabaseAsync("texts");
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(own, settings: provider.Settings(format)) { Clock = clock };
        var (staff, sessionId, session, applicants) = await SessionApplicants.CreateAsync(app, capacity: 3, newcomers: 3, residents: 0,
            shape: (i, p) => p with { Phone = i == 2 ? null : "(514) 555-010" + i });

        // 0 and 2 ask for texts from their private link; 2 gave no phone; 1 never asked.
        foreach (var who in new[] { applicants[0], applicants[2] })
        {
            await Send(app, new SetConsent(who.Token, ConsentPurpose.TextMessages, true));
        }

        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();

        Assert.Equal(1L, await Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms'"));
        // The provider refuses the first attempt; the retry comes due on the queue's clock.
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms' AND status = 'Pending' AND attempts = 1"), n => n == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        var accepted = await Eventually.MatchesAsync(() => Task.FromResult(provider.Accepted.ToList()), a => a.Count >= 1);
        var text = Assert.Single(accepted);
        Assert.Equal("+15145550100", text.To);
        Assert.Equal("+15145550000", text.From);
        Assert.Contains((string)session["title"]!, text.Text, StringComparison.Ordinal);
        Assert.Matches("/Public/Application/[A-Za-z0-9_-]{43}$", text.Text);
        Assert.True(text.Text.Length <= Bootcamp.Mail.Texting.TextMessageRules.Capacity(text.Text, 2), text.Text);
        Assert.StartsWith(format == "Form" ? "Basic " : "Bearer stand-in-key", text.Authorization, StringComparison.Ordinal);

        // The first attempt was refused and retried: the provider saw the same message (same idempotency key) twice,
        // accepted it once; nothing else was texted, and the mails went as always.
        Assert.Equal(2, provider.Seen.Count(s => s.To == "+15145550100"));
        Assert.Single(provider.Seen.Select(s => s.IdempotencyKey).Distinct());
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms' AND status = 'Sent' AND attempts = 2"), n => n == 1);
        Assert.Equal(1L, await Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms'"));
        Assert.Single(provider.Accepted);
        // Two seats of three are newcomers' (70/30): both admitted were mailed as always.
        Assert.Equal(2L, await Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Email' AND category = 'applications.admitted'"));
        // Once sent, the private link is taken out of the stored text, as for mail.
        Assert.Equal(0L, await Sql.CountAsync(own, "SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms' AND text_body LIKE '%/Public/Application/%'"));
    }

    [Fact]
    public async Task Texting_is_off_by_default_whatever_people_consented_to()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 1, newcomers: 1, residents: 0,
            shape: (_, p) => p with { Phone = "514 555 0123" });
        await Send(app, new SetConsent(applicants[0].Token, ConsentPurpose.TextMessages, true));
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();

        Assert.Equal(0L, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM mail.outgoing_mails WHERE channel = 'Sms' AND deduplication_key LIKE '%{applicants[0].Id}%'"));
        var consents = await Send(app, new GetConsents(applicants[0].Id));
        Assert.Contains(consents, c => c.Purpose == ConsentPurpose.TextMessages && c.Granted);
    }

    private static async Task<T> Send<T>(BootcampAppFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
