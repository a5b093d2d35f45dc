using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Applications.Screening;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing;

internal static class Audit
{
    public static void Record(ApplicationsDbContext db, TimeProvider clock, string action, Guid actorId, Guid? applicationId, Guid? sessionId) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = applicationId,
            SessionId = sessionId,
            ActorId = actorId,
            Action = action,
            At = clock.GetUtcNow(),
        });
}

/// <summary>Decrypts the profile for a reviewer and records that they saw it, in the same transaction.</summary>
internal sealed class GetApplicationDetailHandler(ApplicationsDbContext db, SensitiveData sensitive, TimeProvider clock)
    : IRequestHandler<GetApplicationDetail, ApplicationDetailDto>
{
    public async Task<ApplicationDetailDto> Handle(GetApplicationDetail request, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException(ApplicationsMessages.ApplicationNotFound);
        var p = sensitive.For(SensitiveProfile.Purpose).Unprotect<SensitiveProfile>(a.ProtectedProfile);
        var profile = new ApplicantProfile
        {
            FirstName = a.FirstName, LastName = a.LastName, Email = a.Email, Phone = a.Phone, PreferredLanguage = a.PreferredLanguage,
            ResidencyStatus = p.ResidencyStatus, ArrivedInCanadaOn = p.ArrivedInCanadaOn, AuthorisedToWork = p.AuthorisedToWork,
            PermitExpiresOn = p.PermitExpiresOn, HighestEducation = p.HighestEducation, EducationField = p.EducationField,
            EducationCountry = p.EducationCountry, YearsOfWorkExperience = p.YearsOfWorkExperience, WorkField = p.WorkField,
            PriorCodingExposure = p.PriorCodingExposure, Languages = p.Languages, Motivation = p.Motivation,
            ConfirmsEveningAvailability = p.ConfirmsEveningAvailability, NeedsLaptopLoan = p.NeedsLaptopLoan, OtherNeeds = p.OtherNeeds,
            HowTheyHeard = p.HowTheyHeard, ReferringAgency = p.ReferringAgency, Gender = p.Gender, AgeRange = p.AgeRange,
        };

        var consents = await db.Consents.AsNoTracking().Where(c => c.ApplicationId == a.Id)
            .OrderBy(c => c.Purpose).ThenBy(c => c.RecordedAt)
            .Select(c => new ConsentLineDto(c.Purpose, c.TextVersion, c.Granted, c.RecordedAt, c.WithdrawnAt, c.PrivacyNoticeVersion))
            .ToListAsync(cancellationToken);
        var decisions = await db.SelectionDecisions.AsNoTracking().Where(d => d.ApplicationId == a.Id)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id)
            .Select(d => new SelectionDecisionDto(d.RunId, d.Decision, d.Category, d.RankInCategory, d.Rule, d.LotterySeed, d.SpillOver, d.Reason, d.DecidedBy, d.DecidedAt))
            .ToListAsync(cancellationToken);
        var protector = sensitive.For(ScreeningNote.Purpose);
        var notes = (await db.ScreeningNotes.AsNoTracking().Where(n => n.ApplicationId == a.Id).OrderBy(n => n.At).ToListAsync(cancellationToken))
            .Select(n => new ScreeningNoteDto(n.AuthorId, protector.Unprotect<string>(n.ProtectedText), n.At))
            .ToList();

        Audit.Record(db, clock, AuditActions.ViewedSensitive, request.ViewerId, a.Id, a.SessionId);

        return new ApplicationDetailDto(
            a.Id, a.SessionId, profile, a.Category, a.Status, a.Screening, a.Score,
            a.IneligibleReason, a.WaitlistRank, a.SubmittedAt, a.ConfirmBy, a.WithdrawalReason, consents, decisions, notes,
            ScreeningRatings.Read(a.ScreeningRatings))
        {
            CanBePromoted = a.CanBePromoted,
        };
    }
}

internal sealed class GetAuditTrailHandler(ApplicationsDbContext db) : IRequestHandler<GetAuditTrail, IReadOnlyList<AuditEntryDto>>
{
    public async Task<IReadOnlyList<AuditEntryDto>> Handle(GetAuditTrail request, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.ApplicationId == request.ApplicationId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditEntryDto(e.Id, e.ApplicationId, e.SessionId, e.ActorId, e.Action, e.At))
            .ToListAsync(cancellationToken);
}

internal sealed class ReviewApplicationValidator : AbstractValidator<ReviewApplication>
{
    public ReviewApplicationValidator()
    {
        RuleFor(r => r.Score).InclusiveBetween(0, 100).WithMessage(_ => ApplicationsMessages.ScoreRange).When(r => r.Score is not null && r.Ratings is null);
        RuleFor(r => r.Reason).NotEmpty().When(r => !r.Eligible).WithMessage(_ => ApplicationsMessages.IneligibleReasonRequired)
            .MaximumLength(500).WithMessage(_ => ApplicationsMessages.TooLong);
        RuleFor(r => r.Notes).MaximumLength(2000).WithMessage(_ => ApplicationsMessages.TooLong);
    }
}

/// <summary>Screening through <see cref="ScreenApplication"/> (it joins this transaction), plus the note and the audit row.</summary>
internal sealed class ReviewApplicationHandler(ApplicationsDbContext db, IMediator mediator, SensitiveData sensitive, TimeProvider clock)
    : IRequestHandler<ReviewApplication, Guid>
{
    public async Task<Guid> Handle(ReviewApplication request, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new ScreenApplication(request.ApplicationId, request.Eligible, request.Score, request.Reason, request.Ratings), cancellationToken);
        var sessionId = await db.Applications.Where(a => a.Id == id).Select(a => a.SessionId).SingleAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.Notes))
        {
            db.ScreeningNotes.Add(new ScreeningNote
            {
                Id = Guid.CreateVersion7(),
                ApplicationId = id,
                AuthorId = request.ReviewerId,
                ProtectedText = sensitive.For(ScreeningNote.Purpose).Protect(request.Notes.Trim()),
                At = clock.GetUtcNow(),
            });
        }

        Audit.Record(db, clock, AuditActions.Screened, request.ReviewerId, id, sessionId);
        return id;
    }
}
