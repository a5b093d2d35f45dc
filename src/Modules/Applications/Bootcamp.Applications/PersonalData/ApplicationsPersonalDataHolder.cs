using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Reviewing;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Applications.Contracts.ApplicationPersonalData;

namespace Bootcamp.Applications.PersonalData;

/// <summary>
/// What Applications holds on a person (decisions/0018). Applications are anonymised, not deleted: the report counts
/// them by session, category and status, and Placements reads the work authorisation. Consents stay as they are (the
/// aggregate-reporting exclusions read them; they hold no value of the person), as do selection decisions (the rule that
/// placed them, explaining the session's selection) and the access log (who read the file: accountability, no values).
/// Screening notes (free text), the private links and the module's outbox messages about the person go.
/// </summary>
internal sealed class ApplicationsPersonalDataHolder(ApplicationsDbContext db, SensitiveData sensitive) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Applications", i => ApplicationLabels.PersonalData(i));

    public string Module => "Applications";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ApplicationIds.ToList();
        var held = new HeldDataBuilder<Item>(Module, i => ApplicationLabels.PersonalData(i));
        var profiles = sensitive.For(SensitiveProfile.Purpose);
        foreach (var a in await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken))
        {
            var p = profiles.Unprotect<SensitiveProfile>(a.ProtectedProfile);
            held.Add(Item.Application,
                (Item.Session, a.SessionId), (Item.Category, a.Category), (Item.Status, a.Status), (Item.FirstName, a.FirstName),
                (Item.LastName, a.LastName), (Item.Email, a.Email), (Item.Phone, a.Phone), (Item.PreferredLanguage, a.PreferredLanguage),
                (Item.SubmittedAt, a.SubmittedAt), (Item.Screening, a.Screening), (Item.Score, a.Score), (Item.IneligibleReason, a.IneligibleReason),
                (Item.WithdrawalReason, a.WithdrawalReason), (Item.WaitlistRank, a.WaitlistRank), (Item.ConfirmBy, a.ConfirmBy),
                (Item.ResidencyStatus, p.ResidencyStatus), (Item.ArrivedInCanadaOn, p.ArrivedInCanadaOn), (Item.AuthorisedToWork, p.AuthorisedToWork),
                (Item.PermitExpiresOn, p.PermitExpiresOn), (Item.HighestEducation, p.HighestEducation), (Item.EducationField, p.EducationField),
                (Item.EducationCountry, p.EducationCountry), (Item.YearsOfWorkExperience, p.YearsOfWorkExperience), (Item.WorkField, p.WorkField),
                (Item.PriorCodingExposure, p.PriorCodingExposure), (Item.Languages, p.Languages), (Item.Motivation, p.Motivation),
                (Item.ConfirmsEveningAvailability, p.ConfirmsEveningAvailability), (Item.NeedsLaptopLoan, p.NeedsLaptopLoan),
                (Item.OtherNeeds, p.OtherNeeds), (Item.HowTheyHeard, p.HowTheyHeard), (Item.ReferringAgency, p.ReferringAgency),
                (Item.Gender, p.Gender), (Item.AgeRange, p.AgeRange));
        }

        foreach (var c in await db.Consents.AsNoTracking().Where(c => ids.Contains(c.ApplicationId)).OrderBy(c => c.RecordedAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.Consent, (Item.Purpose, c.Purpose), (Item.TextVersion, c.TextVersion), (Item.Granted, c.Granted),
                (Item.RecordedAt, c.RecordedAt), (Item.WithdrawnAt, c.WithdrawnAt));
        }

        var notes = sensitive.For(ScreeningNote.Purpose);
        foreach (var n in await db.ScreeningNotes.AsNoTracking().Where(n => ids.Contains(n.ApplicationId)).OrderBy(n => n.At).ToListAsync(cancellationToken))
        {
            held.Add(Item.ScreeningNote, (Item.Text, notes.Unprotect<string>(n.ProtectedText)), (Item.At, n.At));
        }

        foreach (var d in await db.SelectionDecisions.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.SelectionDecision, (Item.Decision, d.Decision), (Item.Rule, d.Rule), (Item.Reason, d.Reason), (Item.At, d.DecidedAt));
        }

        foreach (var e in await db.AuditEntries.AsNoTracking().Where(e => e.ApplicationId != null && ids.Contains(e.ApplicationId.Value)).OrderBy(e => e.At).ToListAsync(cancellationToken))
        {
            held.Add(Item.AccessLog, (Item.Action, e.Action), (Item.At, e.At));
        }

        // The token itself is never kept; the person sees when each link was mailed and until when it works.
        foreach (var l in await db.StatusLinks.AsNoTracking().Where(l => ids.Contains(l.ApplicationId)).OrderBy(l => l.IssuedAt).ToListAsync(cancellationToken))
        {
            held.Add(Item.PrivateLink, (Item.At, l.IssuedAt), (Item.ExpiresAt, l.ExpiresAt));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ApplicationIds.ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).Select(a => a.Email).ToListAsync(cancellationToken);
        return Report(
            applications.Count(e => !ErasedValues.IsErased(e)),
            await db.ScreeningNotes.CountAsync(n => ids.Contains(n.ApplicationId), cancellationToken),
            await db.StatusLinks.CountAsync(l => ids.Contains(l.ApplicationId), cancellationToken),
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ApplicationIds.ToList();
        var profiles = sensitive.For(SensitiveProfile.Purpose);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var anonymised = 0;
        foreach (var application in await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            var stripped = profiles.Protect(profiles.Unprotect<SensitiveProfile>(application.ProtectedProfile).Anonymised());
            anonymised += application.Anonymise(stripped) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        var notes = await db.ScreeningNotes.Where(n => ids.Contains(n.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        var links = await db.StatusLinks.Where(l => ids.Contains(l.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(anonymised, notes, links, outbox);
    }

    private ErasureReport Report(int applications, int notes, int links, int outbox) => new(Module,
    [
        Lines.Line(Item.Application, ErasureEffect.Anonymised, applications),
        Lines.Line(Item.ScreeningNote, ErasureEffect.Deleted, notes),
        Lines.Line(Item.PrivateLink, ErasureEffect.Deleted, links),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
