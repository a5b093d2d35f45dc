using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Leads;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Placements.Contracts.PlacementPersonalData;

namespace Bootcamp.Placements.PersonalData;

/// <summary>
/// What Placements holds on a person (decisions/0018). The followed person, their waves (answers), their jobs and a lead
/// stay, anonymised: every employment figure, time to job and the waves' response rates count them (docs/FIGURES.md).
/// The follow-up links' token hashes go, so no link ever sent opens a wave again.
/// </summary>
internal sealed class PlacementsPersonalDataHolder(PlacementsDbContext db) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Placements", i => PlacementLabels.PersonalData(i));

    public string Module => "Placements";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var held = new HeldDataBuilder<Item>(Module, i => PlacementLabels.PersonalData(i));
        var people = await People(person).AsNoTracking().OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var leads = await Leads(person).AsNoTracking().OrderBy(l => l.ReceivedAt).ToListAsync(cancellationToken);
        var personIds = people.Select(p => p.Id).ToList();
        var leadIds = leads.Select(l => l.Id).ToList();
        var waves = await db.FollowUpWaves.AsNoTracking().Where(w => personIds.Contains(w.PersonId)).OrderBy(w => w.Number).ToListAsync(cancellationToken);
        var placements = await Placements(personIds, leadIds).AsNoTracking().OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        foreach (var p in people)
        {
            held.Add(Item.FollowedPerson, (Item.Session, p.SessionId), (Item.FirstName, p.FirstName), (Item.LastName, p.LastName), (Item.Email, p.Email),
                (Item.PreferredLanguage, p.PreferredLanguage), (Item.SessionEndDate, p.SessionEndDate), (Item.AuthorisedToWork, p.AuthorisedToWork),
                (Item.ConsentWithdrawnAt, p.ConsentWithdrawnAt));
            foreach (var w in waves.Where(w => w.PersonId == p.Id))
            {
                held.Add(Item.Wave, (Item.Months, w.OffsetMonths), (Item.DueOn, w.DueOn), (Item.Status, w.Status), (Item.SentAt, w.SentAt),
                    (Item.AnsweredAt, w.AnsweredAt), (Item.AnsweredEmployed, w.AnsweredEmployed), (Item.AnsweredOutcome, w.AnsweredOutcome),
                    (Item.AnsweredStillSeeking, w.AnsweredStillSeeking));
            }
        }

        foreach (var l in leads)
        {
            held.Add(Item.Lead, (Item.Session, l.SessionId), (Item.FirstName, l.FirstName), (Item.LastName, l.LastName), (Item.Email, l.Email),
                (Item.Phone, l.Phone), (Item.PreferredLanguage, l.PreferredLanguage), (Item.ReportedOn, l.ReportedOn));
        }

        foreach (var p in placements)
        {
            held.Add(Item.Placement, (Item.Outcome, p.Outcome), (Item.Employer, p.Employer), (Item.JobTitle, p.JobTitle), (Item.StartDate, p.StartDate),
                (Item.InTechField, p.InTechField), (Item.EmploymentType, p.EmploymentType), (Item.SalaryBand, p.SalaryBand));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var people = await People(person).Select(p => new { p.Id, p.Email }).ToListAsync(cancellationToken);
        var leads = await Leads(person).Select(l => new { l.Id, l.Email }).ToListAsync(cancellationToken);
        var personIds = people.Select(p => p.Id).ToList();
        var leadIds = leads.Select(l => l.Id).ToList();
        return Report(
            people.Count(p => !ErasedValues.IsErased(p.Email)),
            leads.Count(l => !ErasedValues.IsErased(l.Email)),
            await Placements(personIds, leadIds).CountAsync(p => p.Employer != null || p.JobTitle != null, cancellationToken),
            await Links(personIds).CountAsync(cancellationToken),
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var people = await People(person).ToListAsync(cancellationToken);
        var leads = await Leads(person).ToListAsync(cancellationToken);
        var personIds = people.Select(p => p.Id).ToList();
        var placements = (await Placements(personIds, [.. leads.Select(l => l.Id)]).ToListAsync(cancellationToken)).Count(p => p.ForgetEmployer());
        var followed = people.Count(p => p.Anonymise());
        var left = leads.Count(l => l.Anonymise());
        await db.SaveChangesAsync(cancellationToken);
        var links = await Links(personIds).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(followed, left, placements, links, outbox);
    }

    private IQueryable<FollowUpPerson> People(PersonKeys person)
    {
        var participants = person.ParticipantIds.ToList();
        var applications = person.ApplicationIds.ToList();
        return db.FollowUpPeople.Where(p => participants.Contains(p.ParticipantId) || applications.Contains(p.ApplicationId));
    }

    private IQueryable<PlacementLead> Leads(PersonKeys person)
    {
        var participants = person.ParticipantIds.ToList();
        var applications = person.ApplicationIds.ToList();
        return db.PlacementLeads.Where(l => participants.Contains(l.ParticipantId) || applications.Contains(l.ApplicationId));
    }

    private IQueryable<Placement> Placements(List<Guid> personIds, List<Guid> leadIds) =>
        db.Placements.Where(p => (p.PersonId != null && personIds.Contains(p.PersonId.Value)) || (p.LeadId != null && leadIds.Contains(p.LeadId.Value)));

    private IQueryable<FollowUpLink> Links(List<Guid> personIds)
    {
        var waves = db.FollowUpWaves.Where(w => personIds.Contains(w.PersonId)).Select(w => w.Id);
        return db.FollowUpLinks.Where(l => waves.Contains(l.WaveId));
    }

    private ErasureReport Report(int people, int leads, int placements, int links, int outbox) => new(Module,
    [
        Lines.Line(Item.FollowedPerson, ErasureEffect.Anonymised, people),
        Lines.Line(Item.Lead, ErasureEffect.Anonymised, leads),
        Lines.Line(Item.Placement, ErasureEffect.Anonymised, placements),
        Lines.Line(Item.Link, ErasureEffect.Deleted, links),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
