using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Messages.Contracts;
using Bootcamp.Shared;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Messages.Recipients;

/// <summary>One person a message would reach: their application, their language, the chosen groups they are in.</summary>
internal sealed record Recipient(Guid ApplicationId, string FirstName, string LastName, string Email, string Culture, IReadOnlyList<RecipientGroup> Groups)
{
    public bool English => Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}

internal sealed record AudienceResult(IReadOnlyList<Recipient> Recipients, IReadOnlyDictionary<ExclusionReason, int> Excluded)
{
    public AudienceDto ToDto(IReadOnlyCollection<RecipientGroup> groups) => new(
        [.. groups.Select(g => new GroupCountDto(g, Recipients.Count(r => r.Groups.Contains(g))))],
        Recipients.Count,
        Recipients.Count(r => !r.English),
        Recipients.Count(r => r.English),
        [.. Enum.GetValues<ExclusionReason>().Where(Excluded.ContainsKey).Select(r => new ExclusionCountDto(r, Excluded[r]))]);
}

/// <summary>
/// Who of a session is in the chosen groups, asked of the modules that know (decisions/0023): the application statuses
/// of Applications, the roster and completion of Sessions, the at-risk list of Attendance. Everyone is then known by
/// their application, and Applications alone says who may be written to (not erased, consent in force), so a person
/// excluded there is excluded from every group alike. Withdrawn participants are left out of every group.
/// </summary>
internal sealed class Audience(IMediator mediator, TimeProvider clock)
{
    private static readonly Dictionary<RecipientGroup, ApplicationStatus> StatusGroups = new()
    {
        [RecipientGroup.Admitted] = ApplicationStatus.Admitted,
        [RecipientGroup.Confirmed] = ApplicationStatus.Confirmed,
        [RecipientGroup.Waitlisted] = ApplicationStatus.Waitlisted,
    };

    public async Task<AudienceResult> ForAsync(Guid sessionId, IReadOnlyCollection<RecipientGroup> groups, CancellationToken cancellationToken)
    {
        var chosen = groups.ToHashSet();
        var roster = await mediator.Send(new GetRoster(sessionId), cancellationToken);
        var withdrawn = roster.Where(p => p.Status == ParticipantStatus.Withdrawn).Select(p => p.ApplicationId).ToHashSet();
        var enrolled = roster.Where(p => p.Status == ParticipantStatus.Enrolled).ToList();

        // The participants of each chosen participant group, by application; withdrawn ones counted apart.
        var memberships = new Dictionary<Guid, HashSet<RecipientGroup>>();
        var excludedWithdrawn = new HashSet<Guid>();
        void Add(Guid applicationId, RecipientGroup group)
        {
            if (withdrawn.Contains(applicationId))
            {
                excludedWithdrawn.Add(applicationId);
                return;
            }

            if (!memberships.TryGetValue(applicationId, out var set))
            {
                memberships[applicationId] = set = [];
            }

            set.Add(group);
        }

        if (chosen.Contains(RecipientGroup.Enrolled))
        {
            enrolled.ForEach(p => Add(p.ApplicationId, RecipientGroup.Enrolled));
            withdrawn.ToList().ForEach(a => Add(a, RecipientGroup.Enrolled));
        }

        if (chosen.Contains(RecipientGroup.AtRisk))
        {
            var byParticipant = roster.ToDictionary(p => p.Id, p => p.ApplicationId);
            var atRisk = await mediator.Send(new GetAtRiskParticipants(ProgrammeTime.Today(clock), sessionId), cancellationToken);
            foreach (var p in atRisk.Where(p => byParticipant.ContainsKey(p.ParticipantId)))
            {
                Add(byParticipant[p.ParticipantId], RecipientGroup.AtRisk);
            }
        }

        if (chosen.Contains(RecipientGroup.Completers))
        {
            var completion = await mediator.Send(new GetSessionCompletion(sessionId), cancellationToken);
            // Before the decision nobody has completed, whatever the provisional outcome says.
            foreach (var p in completion.Participants.Where(p => completion.DecidedAt is not null && p.Outcome == CompletionOutcome.Completed))
            {
                Add(p.ApplicationId, RecipientGroup.Completers);
            }
        }

        var statuses = StatusGroups.Where(g => chosen.Contains(g.Key)).Select(g => g.Value).ToList();
        var contact = await mediator.Send(new GetApplicantsToContact(sessionId, statuses, [.. memberships.Keys]), cancellationToken);
        foreach (var applicant in contact.Contactable)
        {
            foreach (var (group, status) in StatusGroups)
            {
                if (chosen.Contains(group) && applicant.Status == status)
                {
                    Add(applicant.ApplicationId, group);
                }
            }
        }

        var erased = contact.Erased.ToHashSet();
        var consent = contact.ConsentWithdrawn.ToHashSet();
        var recipients = contact.Contactable
            .Where(a => memberships.ContainsKey(a.ApplicationId))
            .Select(a => new Recipient(a.ApplicationId, a.FirstName, a.LastName, a.Email, a.PreferredLanguage, [.. memberships[a.ApplicationId].Order()]))
            .ToList();
        var known = contact.Contactable.Select(a => a.ApplicationId).Concat(erased).Concat(consent).ToHashSet();
        // A participant whose application cannot be found any more has nobody to write to either.
        erased.UnionWith(memberships.Keys.Where(a => !known.Contains(a)));
        excludedWithdrawn.ExceptWith(erased);
        excludedWithdrawn.ExceptWith(consent);

        var excluded = new Dictionary<ExclusionReason, int>();
        if (excludedWithdrawn.Count > 0)
        {
            excluded[ExclusionReason.Withdrawn] = excludedWithdrawn.Count;
        }

        if (erased.Count > 0)
        {
            excluded[ExclusionReason.Erased] = erased.Count;
        }

        if (consent.Count > 0)
        {
            excluded[ExclusionReason.ConsentWithdrawn] = consent.Count;
        }

        return new AudienceResult(recipients, excluded);
    }
}
