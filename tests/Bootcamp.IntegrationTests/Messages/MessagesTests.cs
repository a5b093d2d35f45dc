using System.Net;
using Bootcamp.Messages.Contracts;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.IntegrationTests.Messages;

/// <summary>Issue 19 item 3: who a message reaches, in which language, and that it goes once per person whatever is
/// clicked twice or run again.</summary>
public sealed class MessagesTests(MessagesFixture world) : IClassFixture<MessagesFixture>
{
    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Each_group_is_counted_and_a_person_in_two_groups_is_one_recipient()
    {
        var all = await world.SendAsync(new GetAudience(world.Session.SessionId, []));
        Assert.Equal(4, all.Groups.Single(g => g.Group == RecipientGroup.Enrolled).Recipients);
        Assert.Equal(4, all.Groups.Single(g => g.Group == RecipientGroup.Confirmed).Recipients);
        Assert.Equal(4, all.Groups.Single(g => g.Group == RecipientGroup.Waitlisted).Recipients);
        Assert.Equal(0, all.Groups.Single(g => g.Group == RecipientGroup.Admitted).Recipients);
        Assert.Equal(0, all.Groups.Single(g => g.Group == RecipientGroup.Completers).Recipients);

        var enrolledAndConfirmed = await world.SendAsync(new GetAudience(world.Session.SessionId, [RecipientGroup.Enrolled, RecipientGroup.Confirmed]));
        Assert.Equal(4, enrolledAndConfirmed.Recipients);
        var english = world.Session.Participants.Count(p => p.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        Assert.Equal(english, enrolledAndConfirmed.English);
        Assert.Equal(4 - english, enrolledAndConfirmed.French);
        Assert.Empty(enrolledAndConfirmed.Excluded);
    }

    [Fact]
    public async Task Withdrawn_erased_and_consent_withdrawn_people_are_left_out_and_counted_with_their_reason()
    {
        var session = await TaughtSessions.CreateAsync(world.App, 4, "omar.teacher@tests.bootcamp.local");
        var (withdrawn, erased, noConsent, kept) = (session.Participants[0], session.Participants[1], session.Participants[2], session.Participants[3]);
        await world.SendAsync(new WithdrawParticipant(withdrawn.Id, WithdrawalReason.Schedule, null, Guid.NewGuid()));
        await Sql.ExecuteAsync(world.Db,
            $"UPDATE applications.applications SET email = 'x{Guid.NewGuid():N}@erased.invalid', first_name = '', last_name = '' WHERE id = '{erased.ApplicationId}'");
        await Sql.ExecuteAsync(world.Db,
            $"UPDATE applications.consents SET withdrawn_at = now() WHERE application_id = '{noConsent.ApplicationId}' AND purpose = 'ProgrammeAdministration'");

        var audience = await world.SendAsync(new GetAudience(session.SessionId, [RecipientGroup.Enrolled]));

        Assert.Equal(1, audience.Recipients);
        Assert.Equal(
            [new ExclusionCountDto(ExclusionReason.Withdrawn, 1), new ExclusionCountDto(ExclusionReason.Erased, 1), new ExclusionCountDto(ExclusionReason.ConsentWithdrawn, 1)],
            audience.Excluded);

        // The preview says the same, and sending reaches the one person left and nobody else.
        var preview = await session.Staff.GetStringAsync(new Uri($"/Teach/Messages/Compose/{session.SessionId}", UriKind.Relative));
        Assert.Contains("data-testid=\"count-Enrolled\"", preview, StringComparison.Ordinal);
        var subject = Unique("Rappel");
        var response = await MessagesFixture.PostSendAsync(session.Staff, session.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText(subject, "Bonjour", null, null), RecipientGroup.Enrolled);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await world.DeliverAsync();
        var to = await Sql.ScalarAsync(world.Db, $"SELECT string_agg(to_address, ',') FROM mail.outgoing_mails WHERE subject = '{subject}'");
        Assert.Equal(kept.Email, to);
    }

    [Fact]
    public async Task Each_person_reads_their_language_and_a_message_in_one_language_reaches_everyone_with_a_note()
    {
        var session = world.Session;
        var (fr, en) = (Unique("Cours annulé"), Unique("Class cancelled"));
        var bilingual = await MessagesFixture.PostSendAsync(session.Staff, session.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText(fr, "Le cours de lundi est annulé.", en, "Monday's class is cancelled."), RecipientGroup.Enrolled);
        Assert.Equal(HttpStatusCode.Redirect, bilingual.StatusCode);
        var frenchOnly = Unique("Atelier CV");
        var single = await MessagesFixture.PostSendAsync(session.Staff, session.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText(frenchOnly, "Un atelier CV a lieu jeudi.", null, null), RecipientGroup.Enrolled);
        Assert.Equal(HttpStatusCode.Redirect, single.StatusCode);
        await world.DeliverAsync();

        var mails = await Eventually.MatchesAsync(
            () => Task.FromResult(world.Smtp.Messages.Where(m => m.Subject is { } s && (s == fr || s == en || s == frenchOnly)).ToList()),
            m => m.Count == 8);
        foreach (var person in session.Participants)
        {
            var english = person.PreferredLanguage.StartsWith("en", StringComparison.Ordinal);
            var own = mails.Single(m => m.Recipients.Contains(person.Email) && (m.Subject == fr || m.Subject == en));
            Assert.Equal(english ? en : fr, own.Subject);
            Assert.Contains(english ? "Monday's class is cancelled." : "Le cours de lundi est annulé.", own.TextBody, StringComparison.Ordinal);
            Assert.Contains((english ? "Hello " : "Bonjour ") + person.FirstName, own.TextBody, StringComparison.Ordinal);
            Assert.Contains(english ? "Session:" : "Session :", own.TextBody, StringComparison.Ordinal);

            var fallback = mails.Single(m => m.Recipients.Contains(person.Email) && m.Subject == frenchOnly);
            Assert.Contains("Un atelier CV a lieu jeudi.", fallback.TextBody, StringComparison.Ordinal);
            if (english)
            {
                Assert.Contains("This message was written in French only", fallback.TextBody, StringComparison.Ordinal);
                Assert.Contains("lang=\"en-CA\"", fallback.HtmlBody, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("seulement", fallback.TextBody, StringComparison.Ordinal);
            }
        }

        // The preview shows the same: an English reader of a French-only message reads it under the note.
        var preview = await world.SendAsync(new PreviewMessage(session.SessionId, [RecipientGroup.Enrolled], new MessageText(null, null, "Only English", "Body")));
        Assert.True(preview.French.Fallback);
        Assert.Contains("Ce message a été écrit en anglais seulement", preview.French.Text, StringComparison.Ordinal);
        Assert.False(preview.English.Fallback);
        Assert.Equal(4, preview.Audience.Recipients);
    }

    [Fact]
    public async Task The_same_form_posted_three_times_at_once_is_one_message_and_one_mail_per_person()
    {
        var session = world.Session;
        var key = Guid.NewGuid().ToString("N");
        var subject = Unique("Double clic");
        var text = new MessageText(subject, "Une seule fois.", null, null);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            MessagesFixture.PostSendAsync(session.Staff, session.SessionId, key, text, RecipientGroup.Enrolled, RecipientGroup.Confirmed)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await Sql.CountAsync(world.Db, $"SELECT count(*) FROM messages.messages WHERE idempotency_key = '{key}'"));
        await world.DeliverAsync();
        var received = await Eventually.MatchesAsync(
            () => Task.FromResult(world.Smtp.Messages.Where(m => m.Subject == subject).ToList()), m => m.Count >= 4);
        Assert.Equal(4, received.Count);
        Assert.Equal(4, received.SelectMany(m => m.Recipients).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // The message page says it is all queued.
        var page = System.Net.WebUtility.HtmlDecode(await session.Staff.GetStringAsync(new Uri(responses[0].Headers.Location!.OriginalString, UriKind.Relative)));
        Assert.Contains("4 sur 4", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_run_again_over_the_same_recipients_queues_no_second_mail()
    {
        var session = world.Session;
        var subject = Unique("Relance");
        var response = await MessagesFixture.PostSendAsync(session.Staff, session.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText(subject, "Une fois.", subject, "Once."), RecipientGroup.Enrolled);
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];
        await world.DeliverAsync();
        Assert.Equal(4, await Sql.CountAsync(world.Db, $"SELECT count(*) FROM mail.outgoing_mails WHERE deduplication_key LIKE 'messages:{id}:%'"));

        // As if a Host had died after queueing and before its marks were kept: the rows are pending again, and the
        // recurring job (as Hangfire retries it) goes over them.
        await Sql.ExecuteAsync(world.Db, $"UPDATE messages.message_recipients SET state = 'Pending' WHERE message_id = '{id}'");
        await JobTesting.RunRecurringAsync(world.App, "messages.deliver");

        Assert.Equal(0, await Sql.CountAsync(world.Db, $"SELECT count(*) FROM messages.message_recipients WHERE message_id = '{id}' AND state = 'Pending'"));
        Assert.Equal(4, await Sql.CountAsync(world.Db, $"SELECT count(*) FROM mail.outgoing_mails WHERE deduplication_key LIKE 'messages:{id}:%'"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(4, world.Smtp.Messages.Count(m => m.Subject == subject));
    }

    [Fact]
    public async Task An_instructor_writes_to_their_own_session_only()
    {
        var nadia = await TaughtSessions.SignInAsync(world.App, MessagesFixture.InstructorEmail);
        var other = await TaughtSessions.CreateAsync(world.App, 2, "paul.teacher@tests.bootcamp.local");

        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync(new Uri($"/Teach/Messages/{world.Session.SessionId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync(new Uri($"/Teach/Messages/Compose/{world.Session.SessionId}", UriKind.Relative))).StatusCode);
        foreach (var path in new[] { $"/Teach/Messages/{other.SessionId}", $"/Teach/Messages/Compose/{other.SessionId}", $"/Teach/Messages/Detail/{Guid.NewGuid()}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await nadia.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        // A form of her own session, posted to the other one, is refused and records nothing.
        var token = await TestUsers.AntiforgeryTokenAsync(nadia, $"/Teach/Messages/Compose/{world.Session.SessionId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/Teach/Messages/Compose/{other.SessionId}?handler=Send", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.IdempotencyKey"] = "intrusion", ["Input.SubjectFr"] = "Salut",
                ["Input.BodyFr"] = "Bonjour", ["Input.Groups"] = "Enrolled",
            }),
        };
        Assert.Equal(HttpStatusCode.NotFound, (await nadia.SendAsync(request)).StatusCode);
        Assert.Equal(0, await Sql.CountAsync(world.Db, $"SELECT count(*) FROM messages.messages WHERE session_id = '{other.SessionId}'"));

        // Her own message's page is hers to read; staff's on another session is not.
        var staffMessage = await MessagesFixture.PostSendAsync(other.Staff, other.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText("Sujet", "Texte", null, null), RecipientGroup.Enrolled);
        Assert.Equal(HttpStatusCode.NotFound, (await nadia.GetAsync(new Uri(staffMessage.Headers.Location!.OriginalString, UriKind.Relative))).StatusCode);
        var mine = await MessagesFixture.PostSendAsync(nadia, world.Session.SessionId, Guid.NewGuid().ToString("N"),
            new MessageText("Sujet", "Texte", null, null), RecipientGroup.Enrolled);
        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync(new Uri(mine.Headers.Location!.OriginalString, UriKind.Relative))).StatusCode);
    }
}
