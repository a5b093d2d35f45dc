using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Completion;

internal sealed class OverrideCompletionValidator : AbstractValidator<OverrideCompletion>
{
    public const int ReasonMaxLength = 500;

    public OverrideCompletionValidator()
    {
        RuleFor(c => c.ParticipantId).NotEmpty();
        RuleFor(c => c.DecidedBy).NotEmpty();
        RuleFor(c => c.Outcome).IsInEnum().WithMessage(_ => SessionsMessages.OutcomeInvalid);
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => SessionsMessages.OverrideReasonRequired)
            .MaximumLength(ReasonMaxLength).WithMessage(_ => SessionsMessages.OverrideReasonTooLong);
    }
}

/// <summary>
/// Staff change a decided outcome, with a reason. Becoming completed issues a certificate with a new code; becoming not
/// completed revokes the valid one (kept, so its code verifies as no longer valid). Asking for the outcome already in
/// place changes nothing.
/// </summary>
internal sealed class OverrideCompletionHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<OverrideCompletion, Guid>
{
    public async Task<Guid> Handle(OverrideCompletion request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.ParticipantNotFound);
        var completion = await db.Completions.FirstOrDefaultAsync(c => c.ParticipantId == participant.Id, cancellationToken)
            ?? throw new ConflictException(SessionsMessages.CompletionNotDecided);
        if (completion.Outcome == request.Outcome)
        {
            return participant.Id;
        }

        var now = clock.GetUtcNow();
        var reason = request.Reason.Trim();
        db.CompletionOverrides.Add(new CompletionOverride
        {
            Id = Guid.CreateVersion7(),
            ParticipantId = participant.Id,
            From = completion.Outcome,
            To = request.Outcome,
            Reason = reason,
            DecidedBy = request.DecidedBy,
            At = now,
        });
        completion.Outcome = request.Outcome;
        completion.OverrideReason = reason;
        completion.OverriddenBy = request.DecidedBy;
        completion.OverriddenAt = now;

        var valid = await db.Certificates.FirstOrDefaultAsync(c => c.ParticipantId == participant.Id && c.RevokedAt == null, cancellationToken);
        if (request.Outcome == CompletionOutcome.Completed && valid is null)
        {
            db.Certificates.Add(DecideDueCompletionsHandler.NewCertificate(participant.Id, now));
        }
        else if (request.Outcome == CompletionOutcome.NotCompleted && valid is not null)
        {
            valid.RevokedAt = now;
        }

        var endDate = await db.Sessions.Where(s => s.Id == participant.SessionId).Select(s => s.EndDate).FirstAsync(cancellationToken);
        db.Raise(new CompletionChanged(participant.SessionId, endDate, participant.ToCompleter(), request.Outcome));
        return participant.Id;
    }
}
