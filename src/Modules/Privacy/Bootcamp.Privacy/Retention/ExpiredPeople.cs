using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.PersonalData;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts.PersonalData;
using MediatR;

namespace Bootcamp.Privacy.Retention;

/// <summary>
/// The two rules about people (decisions/0020), decided per person and not per application: one person may have
/// applied to several sessions, and what they gave for a later one is still in use. A person's data is kept until the
/// latest of their deadlines — each application's session end plus the rule's period, and for participants each last
/// follow-up plus the period — so a live application or a recent follow-up anywhere keeps all of it.
/// </summary>
internal sealed class ExpiredPeople(IMediator mediator, PersonalDataOffice office)
{
    /// <summary>Whose data the rule has expired on <paramref name="today"/>. <paramref name="keptFor"/> adds the rule's
    /// period to a date. NotAdmitted takes only people who never became a participant, Participants only those who did:
    /// a participant is never erased on the shorter applicants' period.</summary>
    public async Task<IReadOnlyList<KnownPerson>> FindAsync(
        RetentionRule rule, DateOnly today, Func<DateOnly, DateOnly> keptFor, CancellationToken cancellationToken)
    {
        var ends = await mediator.Send(new GetSessionEndDates(), cancellationToken);
        var endedLongAgo = ends.Where(e => keptFor(e.Value) <= today).Select(e => e.Key).ToList();
        if (endedLongAgo.Count == 0)
        {
            return [];
        }

        var candidates = await mediator.Send(new GetApplicationsNotErased(endedLongAgo), cancellationToken);
        var seen = new HashSet<Guid>();
        var expired = new List<KnownPerson>();
        foreach (var applicationId in candidates)
        {
            if (seen.Contains(applicationId) || await office.ResolveAsync(applicationId, cancellationToken) is not { } person)
            {
                continue;
            }

            seen.UnionWith(person.Keys.ApplicationIds);
            var participated = person.Participants.Count > 0;
            if (participated != (rule == RetentionRule.Participants))
            {
                continue;
            }

            if (await KeptUntilAsync(person, ends, keptFor, cancellationToken) is { } until && until <= today)
            {
                expired.Add(person);
            }
        }

        return expired;
    }

    /// <summary>Null when a date is missing (an application to a session that no longer exists): kept, never guessed.</summary>
    private async Task<DateOnly?> KeptUntilAsync(
        KnownPerson person, IReadOnlyDictionary<Guid, DateOnly> ends, Func<DateOnly, DateOnly> keptFor, CancellationToken cancellationToken)
    {
        var deadlines = new List<DateOnly>();
        foreach (var application in person.Applications)
        {
            if (!ends.TryGetValue(application.SessionId, out var end))
            {
                return null;
            }

            deadlines.Add(keptFor(end));
        }

        if (person.Participants.Count > 0)
        {
            var followUps = await mediator.Send(new GetLastFollowUps(person.Keys.ParticipantIds), cancellationToken);
            deadlines.AddRange(followUps.Values.Select(keptFor));
        }

        return deadlines.Count == 0 ? null : deadlines.Max();
    }

    /// <summary>Counts by module over every person erased in a run: "Applications: 0 deleted, 3 anonymised; …".</summary>
    /// <summary>Erases everyone the rule has expired on <paramref name="today"/> through every module's holder, as an
    /// admin's erasure would, and records the run (counts only) with the <paramref name="cutoff"/> it applied.</summary>
    public async Task EraseExpiredAsync(
        RetentionRule rule, DateOnly today, Func<DateOnly, DateOnly> keptFor, DateOnly cutoff, RetentionLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var expired = await FindAsync(rule, today, keptFor, cancellationToken);
        var reports = new List<ErasureReport>();
        foreach (var person in expired)
        {
            reports.AddRange(await office.EraseAsync(person.Keys, cancellationToken));
        }

        await log.RecordAsync(rule, cutoff, expired.Count, Summarise(reports), cancellationToken);
    }

    public static string Summarise(IEnumerable<ErasureReport> reports) =>
        PersonalDataOffice.Summarise(reports.GroupBy(r => r.Module, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ErasureReport(g.Key, [.. g.SelectMany(r => r.Lines)])));
}
