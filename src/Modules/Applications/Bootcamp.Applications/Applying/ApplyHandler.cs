using Bootcamp.Shared;
using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Applying;

internal sealed class ApplyHandler(
    ApplicationsDbContext db,
    IMediator mediator,
    SensitiveData sensitive,
    IMailQueue mail,
    IOptions<CategoryRuleOptions> categoryRule,
    Links.StatusLinkIssuer statusLinks,
    Mails.ApplicationMails mails,
    TimeProvider clock) : IRequestHandler<Apply, ApplyResult>
{
    /// <summary>The consent texts shown on the form; a change of wording gets a new version.</summary>
    public const string ConsentTextVersion = "2026-11-v1";

    public async Task<ApplyResult> Handle(Apply request, CancellationToken cancellationToken)
    {
        var email = request.Profile.Email.Trim().ToLowerInvariant();

        // Serialise submissions for one email and session: a double click or two tabs cannot both pass the checks below.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({request.SessionId.ToString() + "|" + email}, 0))", cancellationToken);

        var replay = await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.SessionId == request.SessionId && (a.IdempotencyKey == request.IdempotencyKey || a.Email == email), cancellationToken);
        if (replay is not null)
        {
            return replay.IdempotencyKey == request.IdempotencyKey
                ? new ApplyResult(replay.Id, Created: false, StatusToken: null)
                : throw new ConflictException(ApplicationsMessages.AlreadyApplied);
        }

        var session = await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        if (today < session.Details.ApplicationOpensOn || today > session.Details.ApplicationClosesOn)
        {
            throw new ConflictException(ApplicationsMessages.SessionNotOpen);
        }

        var profile = request.Profile;
        var application = new Application
        {
            Id = Guid.CreateVersion7(),
            SessionId = request.SessionId,
            Category = CategoryRule.Categorise(profile.ResidencyStatus, profile.ArrivedInCanadaOn, today, categoryRule.Value),
            Status = ApplicationStatus.Submitted,
            FirstName = profile.FirstName.Trim(),
            LastName = profile.LastName.Trim(),
            Email = email,
            Phone = string.IsNullOrWhiteSpace(profile.Phone) ? null : profile.Phone.Trim(),
            PreferredLanguage = profile.PreferredLanguage,
            ProtectedProfile = sensitive.For(SensitiveProfile.Purpose).Protect(SensitiveProfile.From(profile)),
            IdempotencyKey = request.IdempotencyKey,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        db.Applications.Add(application);
        foreach (var (purpose, granted) in new[]
                 {
                     (ConsentPurpose.ProgrammeAdministration, request.Consents.ProgrammeAdministration),
                     (ConsentPurpose.FollowUpContact, request.Consents.FollowUpContact),
                     (ConsentPurpose.AggregateReporting, request.Consents.AggregateReporting),
                     (ConsentPurpose.TextMessages, request.Consents.TextMessages),
                 })
        {
            // Texting was added later; an applicant who did not ask for it has no line, as before it existed (never
            // recorded is not given).
            if (purpose == ConsentPurpose.TextMessages && !granted)
            {
                continue;
            }

            db.Consents.Add(new ConsentRecord
            {
                Id = Guid.CreateVersion7(), ApplicationId = application.Id, Purpose = purpose, TextVersion = ConsentTextVersion,
                PrivacyNoticeVersion = request.PrivacyNoticeVersion,
                Granted = granted, RecordedAt = now,
            });
        }

        db.Raise(new ApplicationSubmitted(application.Id, application.SessionId, application.Category));
        var link = await statusLinks.IssueAsync(application, Mails.ApplicationMails.ConfirmationCategory, cancellationToken);
        await mail.EnqueueAsync(mails.Confirmation(application, session.Details, link), cancellationToken);
        return new ApplyResult(application.Id, Created: true, link.Token);
    }
}
