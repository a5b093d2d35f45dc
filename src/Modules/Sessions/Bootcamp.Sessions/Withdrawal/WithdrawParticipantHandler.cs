using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Withdrawal;

internal sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipant>
{
    public const int NoteMaxLength = 500;

    public WithdrawParticipantValidator()
    {
        RuleFor(c => c.ParticipantId).NotEmpty();
        RuleFor(c => c.RecordedBy).NotEmpty();
        // SelfWithdrawn is what the person's own link records; staff always say why.
        RuleFor(c => c.Reason).IsInEnum().WithMessage(_ => SessionsMessages.WithdrawalReasonInvalid)
            .NotEqual(WithdrawalReason.SelfWithdrawn).WithMessage(_ => SessionsMessages.WithdrawalReasonInvalid);
        RuleFor(c => c.Note).MaximumLength(NoteMaxLength).WithMessage(_ => SessionsMessages.NoteTooLong);
    }
}

/// <summary>Staff record that a participant left and why; a second withdrawal of the same person changes nothing.</summary>
internal sealed class WithdrawParticipantHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<WithdrawParticipant, Guid>
{
    public async Task<Guid> Handle(WithdrawParticipant request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.ParticipantNotFound);
        if (participant.Status == ParticipantStatus.Withdrawn)
        {
            return participant.Id;
        }

        // Once decided, an outcome (and maybe a certificate) exists: leaving is then an override, not a withdrawal.
        if (await db.Sessions.AnyAsync(s => s.Id == participant.SessionId && s.CompletionDecidedAt != null, cancellationToken))
        {
            throw new ConflictException(SessionsMessages.WithdrawalAfterCompletion);
        }

        var withdrew = participant.Withdraw(request.Reason, request.Note, request.RecordedBy, clock.GetUtcNow(), ProgrammeTime.Today(clock));
        db.Raise(withdrew!);
        return participant.Id;
    }
}
