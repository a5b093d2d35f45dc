using Bootcamp.Applications.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Notices;

/// <summary>Staff recorded that a participant left: they hear it from us, not by finding the door closed. A withdrawal the
/// person made themselves was already confirmed to them when they clicked.</summary>
internal sealed class TellParticipantOfWithdrawal(ApplicationsDbContext db, TimeProvider clock, ApplicantNotices notices)
    : IntegrationEventHandler<ParticipantWithdrew, ApplicationsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantWithdrew withdrew, CancellationToken cancellationToken)
    {
        if (withdrew.Reason == WithdrawalReason.SelfWithdrawn
            || await Db.Applications.FirstOrDefaultAsync(a => a.Id == withdrew.ApplicationId, cancellationToken) is not { } application)
        {
            return;
        }

        await notices.WithdrawnAsync(application, cancellationToken);
    }
}

/// <summary>The certificate is on the status page from the moment completion is decided: each completer is told, once.</summary>
internal sealed class TellCompletersCertificateReady(ApplicationsDbContext db, TimeProvider clock, ApplicantNotices notices)
    : IntegrationEventHandler<SessionCompleted, ApplicationsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SessionCompleted completed, CancellationToken cancellationToken)
    {
        var ids = completed.Completers.Select(c => c.ApplicationId).ToList();
        var applications = await Db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        await notices.CertificateReadyAsync(applications, completed.SessionId, cancellationToken);
    }
}

/// <summary>An override that makes someone a completer after the decision: their certificate is ready too.</summary>
internal sealed class TellNewCompleterCertificateReady(ApplicationsDbContext db, TimeProvider clock, ApplicantNotices notices)
    : IntegrationEventHandler<CompletionChanged, ApplicationsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(CompletionChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Outcome != CompletionOutcome.Completed
            || await Db.Applications.FirstOrDefaultAsync(a => a.Id == changed.Participant.ApplicationId, cancellationToken) is not { } application)
        {
            return;
        }

        await notices.CertificateReadyAsync([application], changed.SessionId, cancellationToken);
    }
}
