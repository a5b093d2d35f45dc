using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Mail;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Bootcamp.Shared.Links;
using Microsoft.Extensions.Options;

namespace Bootcamp.Placements.Dispatch;

/// <summary>
/// Exactly once, with any number of Hosts: due waves are claimed with <c>FOR UPDATE SKIP LOCKED</c> (a second Host skips
/// what the first holds, and finds them no longer due once it commits), then each send inserts its dispatch row with
/// <c>ON CONFLICT DO NOTHING</c> and queues the mail (deduplicated on the same key) in this same transaction. A Host killed
/// before the commit leaves neither claim nor mail, so the next pass sends it; after the commit the wave is Sent and the
/// claim exists, so nobody sends it again. Consent is asked of Applications right before each send.
/// </summary>
internal sealed class DispatchDueFollowUpsHandler(
    PlacementsDbContext db, IMediator mediator, IMailQueue mail, TimeProvider clock, IOptions<FollowUpOptions> options,
    PublicLinks links)
    : IRequestHandler<DispatchDueFollowUps, FollowUpDispatchResult>
{
    public const string InvitationCategory = "placements.follow-up";
    public const string ReminderCategory = "placements.follow-up-reminder";

    private readonly Dictionary<Guid, bool> _consents = [];

    public async Task<FollowUpDispatchResult> Handle(DispatchDueFollowUps request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        var batch = Math.Max(1, options.Value.BatchSize);

        var nonReporting = await CloseAsync(today, now, batch, cancellationToken);
        var (invitations, cancelled) = await InviteAsync(today, now, batch, cancellationToken);
        var reminders = await RemindAsync(today, now, batch, cancellationToken);
        return new FollowUpDispatchResult(invitations, reminders, nonReporting, cancelled);
    }

    private async Task<int> CloseAsync(DateOnly today, DateTimeOffset now, int batch, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM placements.follow_up_waves
            WHERE status IN ('Pending', 'Sent') AND closes_on <= {today}
            ORDER BY closes_on LIMIT {batch}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var waves = await db.FollowUpWaves.Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
        foreach (var wave in waves)
        {
            wave.Status = FollowUpWaveStatus.NonReporting;
            wave.ClosedAt = now;
        }

        return waves.Count;
    }

    private async Task<(int Sent, int Cancelled)> InviteAsync(DateOnly today, DateTimeOffset now, int batch, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM placements.follow_up_waves
            WHERE status = 'Pending' AND due_on <= {today} AND closes_on > {today}
            ORDER BY due_on LIMIT {batch}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var due = await WavesWithPeopleAsync(ids, cancellationToken);
        var titles = await TitlesAsync(due, cancellationToken);
        int sent = 0, cancelled = 0;
        foreach (var (wave, person) in due)
        {
            if (!await MayContactAsync(person, now, cancellationToken))
            {
                wave.Status = FollowUpWaveStatus.Cancelled;
                wave.ClosedAt = now;
                cancelled++;
                continue;
            }

            if (!await ClaimAsync(wave.Id, DispatchKind.Invitation, now, cancellationToken))
            {
                continue;
            }

            var link = NewLink(wave.Id, now);
            var mailText = MailCulture.Render(person.PreferredLanguage, () => (
                Subject: Format(PlacementsMessages.InvitationSubject, wave.OffsetMonths),
                Body: Format(PlacementsMessages.InvitationBody, person.FirstName, wave.OffsetMonths, link, wave.ClosesOn.AddDays(-1), titles.GetValueOrDefault(person.SessionId, ""))));
            await mail.EnqueueAsync(
                new OutgoingMail(person.Email, $"{person.FirstName} {person.LastName}", mailText.Subject, mailText.Body, null,
                    person.PreferredLanguage, InvitationCategory, $"{InvitationCategory}:{wave.Id}"),
                cancellationToken);
            wave.Status = FollowUpWaveStatus.Sent;
            wave.SentAt = now;
            sent++;
        }

        return (sent, cancelled);
    }

    private async Task<int> RemindAsync(DateOnly today, DateTimeOffset now, int batch, CancellationToken cancellationToken)
    {
        var sentBefore = now - options.Value.ReminderAfter;
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT w.id AS "Value" FROM placements.follow_up_waves w
            JOIN placements.follow_up_people p ON p.id = w.person_id
            WHERE w.status = 'Sent' AND w.reminder_sent_at IS NULL AND w.sent_at <= {sentBefore} AND w.closes_on > {today}
              AND p.consent_withdrawn_at IS NULL AND p.removed_at IS NULL
            ORDER BY w.sent_at LIMIT {batch}
            FOR UPDATE OF w SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var due = await WavesWithPeopleAsync(ids, cancellationToken);
        var titles = await TitlesAsync(due, cancellationToken);
        var reminded = 0;
        foreach (var (wave, person) in due)
        {
            if (!await MayContactAsync(person, now, cancellationToken) || !await ClaimAsync(wave.Id, DispatchKind.Reminder, now, cancellationToken))
            {
                continue;
            }

            // A link of its own: the invitation's token was never stored, only its hash. Both stay valid until the wave closes.
            var link = NewLink(wave.Id, now);
            var mailText = MailCulture.Render(person.PreferredLanguage, () => (
                Subject: Format(PlacementsMessages.ReminderSubject, wave.OffsetMonths),
                Body: Format(PlacementsMessages.ReminderBody, person.FirstName, link, wave.ClosesOn.AddDays(-1), titles.GetValueOrDefault(person.SessionId, ""))));
            await mail.EnqueueAsync(
                new OutgoingMail(person.Email, $"{person.FirstName} {person.LastName}", mailText.Subject, mailText.Body, null,
                    person.PreferredLanguage, ReminderCategory, $"{ReminderCategory}:{wave.Id}"),
                cancellationToken);
            wave.ReminderSentAt = now;
            reminded++;
        }

        return reminded;
    }

    /// <summary>Each mail names the session it follows up on, months later: one question to Sessions per batch.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(List<(FollowUpWave Wave, FollowUpPerson Person)> due, CancellationToken cancellationToken) =>
        due.Count == 0
            ? new Dictionary<Guid, string>()
            : await mediator.Send(new GetSessionTitles([.. due.Select(d => d.Person.SessionId).Distinct()]), cancellationToken);

    private async Task<List<(FollowUpWave Wave, FollowUpPerson Person)>> WavesWithPeopleAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.FollowUpWaves.Where(w => ids.Contains(w.Id))
            .Join(db.FollowUpPeople, w => w.PersonId, p => p.Id, (w, p) => new { Wave = w, Person = p })
            .OrderBy(r => r.Wave.DueOn).ThenBy(r => r.Person.LastName).ThenBy(r => r.Wave.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Wave, r.Person))];
    }

    /// <summary>Asks Applications at the moment of sending: a consent withdrawn a minute ago is honoured even if the
    /// event saying so has not arrived. What it learns is kept, so later waves are cancelled too.</summary>
    private async Task<bool> MayContactAsync(FollowUpPerson person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (person.ConsentWithdrawnAt is not null || person.RemovedAt is not null)
        {
            return false;
        }

        if (person.IsAnonymised)
        {
            // Erased (decisions/0018): nobody is left to write to, so no wave of theirs is ever sent.
            await FollowUpPeople.CancelPendingAsync(db, person.Id, now, cancellationToken);
            return false;
        }

        if (!_consents.TryGetValue(person.ApplicationId, out var granted))
        {
            var consents = await mediator.Send(new GetConsents(person.ApplicationId), cancellationToken);
            granted = consents.Any(c => c.Purpose == ConsentPurpose.FollowUpContact && c.Granted && c.WithdrawnAt is null);
            _consents[person.ApplicationId] = granted;
        }

        if (!granted)
        {
            person.ConsentWithdrawnAt = now;
            await FollowUpPeople.CancelPendingAsync(db, person.Id, now, cancellationToken);
        }

        return granted;
    }

    private async Task<bool> ClaimAsync(Guid waveId, DispatchKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kindName = kind.ToString();
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO placements.follow_up_dispatches (wave_id, kind, claimed_at) VALUES ({waveId}, {kindName}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    private string NewLink(Guid waveId, DateTimeOffset now)
    {
        var token = SensitiveData.NewToken();
        db.FollowUpLinks.Add(new FollowUpLink { TokenHash = SensitiveData.HashToken(token), WaveId = waveId, CreatedAt = now });
        return links.To($"/f/{token}").AbsoluteUri;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
