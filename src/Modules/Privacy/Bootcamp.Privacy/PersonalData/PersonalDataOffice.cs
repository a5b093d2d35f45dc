using Bootcamp.Applications.Contracts;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Requests;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts.PersonalData;
using MediatR;

namespace Bootcamp.Privacy.PersonalData;

/// <summary>One person as every module knows them: their applications (same address), the participants those became,
/// the addresses mail went to. <see cref="AnchorId"/> (their first application) files their requests. The applications
/// and participants themselves are what the retention rules date the person by (decisions/0020).</summary>
internal sealed record KnownPerson(
    Guid AnchorId, string Name, string Language, PersonKeys Keys,
    IReadOnlyList<ApplicantMatchDto> Applications, IReadOnlyList<ParticipantDto> Participants);

/// <summary>
/// Finds a person across modules and asks every <see cref="IPersonalDataHolder"/> about them (decisions/0018). Erasure
/// runs the holders that key on applications and participants first and Sessions then Applications last: those two
/// hold the links from one application to the others, so an erasure stopped half-way can be run again and still find
/// everything that is left.
/// </summary>
internal sealed class PersonalDataOffice(IMediator mediator, IEnumerable<IPersonalDataHolder> holders)
{
    private static readonly string[] ErasedLast = ["Sessions", "Applications"];

    public async Task<KnownPerson?> ResolveAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var applications = await mediator.Send(new GetApplicationsOfPerson(applicationId), cancellationToken);
        if (applications.Count == 0)
        {
            return null;
        }

        var applicationIds = applications.Select(a => a.ApplicationId).ToList();
        var participants = await mediator.Send(new GetParticipantsOfApplications(applicationIds), cancellationToken);
        var emails = applications.Select(a => a.Email).Concat(participants.Select(p => p.Email))
            .Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var first = applications.MinBy(a => a.SubmittedAt)!;
        var latest = applications.MaxBy(a => a.SubmittedAt)!;
        var language = participants.OrderByDescending(p => p.EnrolledAt).FirstOrDefault()?.PreferredLanguage ?? "fr-CA";
        return new KnownPerson(
            first.ApplicationId, $"{latest.FirstName} {latest.LastName}".Trim(), language,
            new PersonKeys(applicationIds, [.. participants.Select(p => p.Id)], emails), applications, participants);
    }

    public async Task<IReadOnlyList<HeldData>> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        var sections = new List<HeldData>();
        foreach (var holder in holders.OrderBy(h => h.Module, StringComparer.Ordinal))
        {
            sections.Add(await holder.DescribeAsync(person, cancellationToken));
        }

        return sections;
    }

    public async Task<IReadOnlyList<ErasureReport>> PlanAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        var plans = new List<ErasureReport>();
        foreach (var holder in InErasureOrder())
        {
            plans.Add(await holder.PlanErasureAsync(person, cancellationToken));
        }

        return plans;
    }

    public async Task<IReadOnlyList<ErasureReport>> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        var reports = new List<ErasureReport>();
        foreach (var holder in InErasureOrder())
        {
            reports.Add(await holder.EraseAsync(person, cancellationToken));
        }

        return reports;
    }

    /// <summary>The register's rows with the person's current name, or none once they were erased.</summary>
    public async Task<IReadOnlyList<PrivacyRequestDto>> ToDtosAsync(IReadOnlyList<PrivacyRequest> rows, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string?>();
        foreach (var id in rows.Select(r => r.ApplicationId).Distinct())
        {
            var person = await ResolveAsync(id, cancellationToken);
            names[id] = person is { Name.Length: > 0 } ? person.Name : null;
        }

        return [.. rows.Select(r => new PrivacyRequestDto(
            r.Id, r.ApplicationId, names[r.ApplicationId], r.Kind, r.Channel, r.ReceivedAt, r.DueOn, r.ReceivedBy, r.DoneAt, r.DoneBy, r.Outcome))];
    }

    /// <summary>Counts only, never a value: "Applications: 3 deleted, 2 anonymised; …".</summary>
    public static string Summarise(IEnumerable<ErasureReport> reports) =>
        string.Join("; ", reports.Select(r =>
            $"{r.Module}: {r.Lines.Where(l => l.Effect == ErasureEffect.Deleted).Sum(l => l.Count)} deleted, " +
            $"{r.Lines.Where(l => l.Effect == ErasureEffect.Anonymised).Sum(l => l.Count)} anonymised"));

    private IEnumerable<IPersonalDataHolder> InErasureOrder() =>
        holders.OrderBy(h => Array.IndexOf(ErasedLast, h.Module)).ThenBy(h => h.Module, StringComparer.Ordinal);
}
