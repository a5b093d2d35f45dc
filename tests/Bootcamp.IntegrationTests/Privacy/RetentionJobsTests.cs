using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Privacy.Retention.AuditEntries;
using Bootcamp.Privacy.Retention.MailBodies;
using Bootcamp.Privacy.Retention.NotAdmitted;
using Bootcamp.Privacy.Retention.Participants;
using Bootcamp.Shared.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>Issue 18 item 5 on a real PostgreSQL with a moving clock: each retention rule erases or purges nothing before
/// its deadline, exactly what expired after it, nothing on a second run, and records its counts, which the Operations
/// page shows in both languages with the rule's setting.</summary>
public sealed class RetentionJobsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Erased = "%@erased.invalid";

    [Fact]
    public async Task Applicants_not_admitted_then_participants_are_erased_after_their_periods_and_a_later_application_keeps_a_person()
    {
        var db = database.ConnectionString;
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(db, settings: PlacementsTestData.NoScheduler) { Clock = clock };
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var empty = await PageAsync(admin, "en-CA");
        Assert.Contains("data-testid=\"retention-none-NotAdmitted\"", empty, StringComparison.Ordinal);
        Assert.Contains("No run yet.", empty, StringComparison.Ordinal);

        // Session ends 2027-02-17; two completers, two applicants left on the waitlist.
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var participants = world.Completers.Select(p => p.ApplicationId).ToHashSet();
        var waitlisted = world.Session.Applicants.Where(a => !participants.Contains(a.Id)).Select(a => a.Id).ToList();
        Assert.Equal(2, waitlisted.Count);
        var (leaving, applyingAgain) = (waitlisted[0], waitlisted[1]);
        // A second session ending 2028-02-16: one waitlisted applicant and one participant apply to it as well.
        var laterSession = await LaterSessionAsync(world.Session.Staff);
        var later = await ApplyAgainAsync(app, clock, laterSession, applyingAgain);
        var (returning, leavingParticipant) = (world.Completers[0], world.Completers[1]);
        var returningLater = await ApplyAgainAsync(app, clock, laterSession, returning.ApplicationId);

        // Their first follow-up goes out on 2027-03-17: the participants' period counts from there.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        Assert.Equal(2, (await Placements.FollowUpTestData.DispatchAsync(app)).Invitations);

        // The day before twelve months after the end: nobody.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2028, 2, 16)));
        await RunAsync(app, NotAdmittedRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "NotAdmitted"));
        Assert.Equal(0, await ErasedAsync(db, world.Session.SessionId));

        // Twelve months after: the one with nothing else going on; not the one who applied again, not the participants.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2028, 2, 17)));
        await RunAsync(app, NotAdmittedRetentionJob.Name);
        Assert.Equal(1, await LastCountAsync(db, "NotAdmitted"));
        Assert.True(await IsErasedAsync(db, leaving));
        Assert.False(await IsErasedAsync(db, applyingAgain));
        Assert.False(await IsErasedAsync(db, later));
        Assert.Equal(1, await ErasedAsync(db, world.Session.SessionId));
        Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM sessions.participants WHERE session_id = '{world.Session.SessionId}' AND email LIKE '{Erased}'"));
        // Erased means anonymised here: the application still counts in its session's figures.
        Assert.Equal(4, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.applications WHERE session_id = '{world.Session.SessionId}'"));
        Assert.Matches("Applications: [0-9]+ deleted, 1 anonymised", await LastDetailAsync(db, "NotAdmitted"));

        clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(app, NotAdmittedRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "NotAdmitted"));

        // The later session ended 2028-02-16: twelve months after, both of that person's applications go; not the
        // participant's, who is never erased on the applicants' period.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2029, 2, 16)));
        await RunAsync(app, NotAdmittedRetentionJob.Name);
        Assert.Equal(1, await LastCountAsync(db, "NotAdmitted"));
        Assert.True(await IsErasedAsync(db, applyingAgain));
        Assert.True(await IsErasedAsync(db, later));
        Assert.False(await IsErasedAsync(db, returningLater));
        Assert.False(await IsErasedAsync(db, returning.ApplicationId));

        // Three years after the session's end but not after the last follow-up: the participants stay.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2030, 3, 16)));
        await RunAsync(app, ParticipantRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "Participants"));
        foreach (var person in world.Completers)
        {
            Assert.False(await IsErasedAsync(db, person.ApplicationId));
        }

        // Three years after the last follow-up: the participant with nothing since; the one who applied again later is
        // kept until three years after that session's end.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2030, 3, 17)));
        await RunAsync(app, ParticipantRetentionJob.Name);
        Assert.Equal(1, await LastCountAsync(db, "Participants"));
        Assert.True(await IsErasedAsync(db, leavingParticipant.ApplicationId));
        Assert.False(await IsErasedAsync(db, returning.ApplicationId));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM sessions.participants WHERE session_id = '{world.Session.SessionId}' AND email LIKE '{Erased}'"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM placements.follow_up_people WHERE session_id = '{world.Session.SessionId}' AND email LIKE '{Erased}'"));
        Assert.Equal(3, await ErasedAsync(db, world.Session.SessionId));
        // Counts only: module names and numbers, nothing else.
        Assert.Matches("^([A-Za-z]+: [0-9]+ deleted, [0-9]+ anonymised(; )?)+$", await LastDetailAsync(db, "Participants"));
        Assert.Matches("Sessions: [0-9]+ deleted, 1 anonymised", await LastDetailAsync(db, "Participants"));

        clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(app, ParticipantRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "Participants"));

        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2031, 2, 16)));
        await RunAsync(app, ParticipantRetentionJob.Name);
        Assert.Equal(1, await LastCountAsync(db, "Participants"));
        Assert.True(await IsErasedAsync(db, returning.ApplicationId));
        Assert.True(await IsErasedAsync(db, returningLater));
        Assert.Equal(2, await Sql.CountAsync(db, $"SELECT count(*) FROM sessions.participants WHERE session_id = '{world.Session.SessionId}' AND email LIKE '{Erased}'"));
        Assert.Equal(4, await ErasedAsync(db, world.Session.SessionId));
        // Erased, not gone: every application still counts in its session's figures.
        Assert.Equal(4, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.applications WHERE session_id = '{world.Session.SessionId}'"));

        // The page: the last runs with their counts and each rule's setting, in English and in French. Signed in again:
        // the first sign-in expired years ago on this clock.
        admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var english = await PageAsync(admin, "en-CA");
        Assert.Contains("Erased 12 months after the end of the session applied to.", english, StringComparison.Ordinal);
        Assert.Contains("Erased 3 years after the last follow-up", english, StringComparison.Ordinal);
        Assert.Contains("People erased: 1", english, StringComparison.Ordinal);
        Assert.Contains("People erased: 0", english, StringComparison.Ordinal);
        Assert.Contains("Applicants not admitted", english, StringComparison.Ordinal);
        var french = await PageAsync(admin, "fr-CA");
        Assert.Contains("Effacées 12 mois après la fin de la session visée.", french, StringComparison.Ordinal);
        Assert.Contains("Effacés 3 ans après le dernier suivi", french, StringComparison.Ordinal);
        Assert.Contains("Personnes effacées : 1", french, StringComparison.Ordinal);
        Assert.Contains("Candidatures non retenues", french, StringComparison.Ordinal);
        // Three runs per rule at most; each person rule ran four times.
        Assert.Equal(3, Section(english, "NotAdmitted").Split("data-testid=\"retention-run\"").Length - 1);
        Assert.Equal(3, Section(english, "Participants").Split("data-testid=\"retention-run\"").Length - 1);
    }

    [Fact]
    public async Task Sent_mail_bodies_and_old_audit_entries_go_after_their_periods_through_the_scheduled_jobs()
    {
        var db = database.ConnectionString;
        var now = new DateTimeOffset(2031, 6, 1, 15, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(now);
        await using var app = new BootcampAppFactory(db, settings: JobTesting.FastJobs) { Clock = clock };
        var tag = Guid.NewGuid().ToString("N")[..8];
        var old = await InsertMailAsync(db, tag, "Sent", now.AddDays(-8));
        var recent = await InsertMailAsync(db, tag, "Sent", now.AddDays(-6));
        var pending = await InsertMailAsync(db, tag, "Pending", now.AddDays(-30));
        var (oldRead, recentRead) = (Guid.NewGuid(), Guid.NewGuid());
        var (oldAccount, recentAccount) = (Guid.NewGuid(), Guid.NewGuid());
        await Sql.ExecuteAsync(db, $"""
            INSERT INTO applications.audit_entries (id, application_id, session_id, actor_id, action, at) VALUES
              ('{oldRead}', NULL, NULL, '{Guid.NewGuid()}', 'ViewedSensitive', '{now.AddYears(-5).AddDays(-1):O}'),
              ('{recentRead}', NULL, NULL, '{Guid.NewGuid()}', 'ViewedSensitive', '{now.AddYears(-5).AddDays(1):O}');
            INSERT INTO identity.account_events ("Id", "At", "ActorId", "SubjectId", "Action", "Detail") VALUES
              ('{oldAccount}', '{now.AddYears(-5).AddDays(-1):O}', NULL, NULL, 'SignedIn', NULL),
              ('{recentAccount}', '{now.AddYears(-5).AddDays(1):O}', NULL, NULL, 'SignedIn', NULL);
            """);

        await JobTesting.RunRecurringAsync(app, MailBodyRetentionJob.Name);
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE id = '{old}' AND text_body = '' AND html_body IS NULL AND subject LIKE '%{tag}%'"));
        Assert.Equal(2, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE id IN ('{recent}', '{pending}') AND text_body LIKE '%{tag}%' AND html_body LIKE '%{tag}%'"));
        Assert.True(await LastCountAsync(db, "MailBodies") >= 1);
        clock.Advance(TimeSpan.FromMinutes(1));
        await JobTesting.RunRecurringAsync(app, MailBodyRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "MailBodies"));

        // A week later the other one has expired too.
        clock.Set(now.AddDays(7));
        await JobTesting.RunRecurringAsync(app, MailBodyRetentionJob.Name);
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE id = '{recent}' AND text_body = ''"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE id = '{pending}' AND text_body LIKE '%{tag}%'"));

        clock.Set(now);
        await JobTesting.RunRecurringAsync(app, AuditRetentionJob.Name);
        Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.audit_entries WHERE id = '{oldRead}'"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM applications.audit_entries WHERE id = '{recentRead}'"));
        Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM identity.account_events WHERE \"Id\" = '{oldAccount}'"));
        Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM identity.account_events WHERE \"Id\" = '{recentAccount}'"));
        Assert.True(await LastCountAsync(db, "AuditEntries") >= 2);
        Assert.Matches("Accounts: [1-9][0-9]* deleted; DataAccess: [1-9][0-9]* deleted", await LastDetailAsync(db, "AuditEntries"));
        clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(app, AuditRetentionJob.Name);
        Assert.Equal(0, await LastCountAsync(db, "AuditEntries"));

        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var english = await PageAsync(admin, "en-CA");
        Assert.Contains("Purged 7 days after sending", english, StringComparison.Ordinal);
        Assert.Contains("Deleted after 5 years.", english, StringComparison.Ordinal);
        Assert.Contains("Bodies purged: 0", english, StringComparison.Ordinal);
        Assert.Contains("Entries deleted: 0", english, StringComparison.Ordinal);
        var french = await PageAsync(admin, "fr-CA");
        Assert.Contains("Purgé 7 jours après l'envoi".Replace("'", "&#x27;", StringComparison.Ordinal), french, StringComparison.Ordinal);
        Assert.Contains("Supprimées après 5 ans.", french, StringComparison.Ordinal);
        Assert.Contains("Contenus purgés : 0", french, StringComparison.Ordinal);
        Assert.Contains("Entrées supprimées : 0", french, StringComparison.Ordinal);
    }

    private static async Task RunAsync(BootcampAppFactory app, string job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredKeyedService<IBootcampJob>(job).RunAsync(CancellationToken.None);
    }

    private static async Task<Guid> LaterSessionAsync(HttpClient staff)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var track = await SessionRequests.CreateTrackAsync(staff, "Parcours " + suffix, "Track " + suffix);
        var details = SessionRequests.ValidSession(track, "Hiver 2028 " + suffix);
        details["startDate"] = "2028-01-10";
        details["endDate"] = "2028-02-16";
        details["applicationOpensOn"] = "2027-11-01";
        details["applicationClosesOn"] = "2028-01-03";
        return await SessionRequests.ScheduleAsync(staff, details);
    }

    /// <summary>The person who made <paramref name="applicationId"/> applies to <paramref name="sessionId"/> with the
    /// same address, inside its window.</summary>
    private static async Task<Guid> ApplyAgainAsync(BootcampAppFactory app, ManualClock clock, Guid sessionId, Guid applicationId)
    {
        var email = await Sql.ScalarAsync(app.ConnectionString, $"SELECT email FROM applications.applications WHERE id = '{applicationId}'");
        var before = clock.GetUtcNow();
        clock.Set(new DateTimeOffset(2027, 11, 20, 15, 0, 0, TimeSpan.Zero));
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Apply(
            sessionId,
            new ApplicantProfile
            {
                FirstName = "Encore", LastName = "Candidate", Email = email, ResidencyStatus = ResidencyStatus.Citizen, AuthorisedToWork = true,
                ConfirmsEveningAvailability = true, Motivation = "Je veux travailler en technologie.",
            },
            new ConsentAnswers(true, false, true),
            Guid.NewGuid().ToString()));
        clock.Set(before);
        return result.ApplicationId;
    }

    private static async Task<Guid> InsertMailAsync(string db, string tag, string status, DateTimeOffset at)
    {
        var id = Guid.NewGuid();
        var sent = status == "Sent" ? $"'{at:O}'" : "NULL";
        await Sql.ExecuteAsync(db, $"""
            INSERT INTO mail.outgoing_mails (id, to_address, to_name, subject, text_body, html_body, culture, category, status, attempts, next_attempt_at, created_at, sent_at)
            VALUES ('{id}', 'retention-{tag}@example.org', NULL, 'Sujet {tag}', 'Corps {tag}', '<p>Corps {tag}</p>', 'fr-CA', 'test.retention', '{status}', 0, '{at:O}', '{at:O}', {sent})
            """);
        return id;
    }

    private static async Task<string> PageAsync(HttpClient admin, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Admin/Operations", UriKind.Relative));
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        using var response = await admin.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string rule)
    {
        var start = html.IndexOf($"data-testid=\"retention-{rule}\"", StringComparison.Ordinal);
        var end = html.IndexOf("</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static Task<long> LastCountAsync(string db, string rule) =>
        Sql.CountAsync(db, $"SELECT count::bigint FROM privacy.retention_runs WHERE rule = '{rule}' ORDER BY ran_at DESC, id DESC LIMIT 1");

    private static Task<string> LastDetailAsync(string db, string rule) =>
        Sql.ScalarAsync(db, $"SELECT detail FROM privacy.retention_runs WHERE rule = '{rule}' ORDER BY ran_at DESC, id DESC LIMIT 1");

    private static async Task<bool> IsErasedAsync(string db, Guid applicationId) =>
        await Sql.CountAsync(db, $"SELECT count(*) FROM applications.applications WHERE id = '{applicationId}' AND email LIKE '{Erased}'") == 1;

    private static Task<long> ErasedAsync(string db, Guid sessionId) =>
        Sql.CountAsync(db, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND email LIKE '{Erased}'");
}
