using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Invitations;

internal sealed class ResendInvitationHandler(SurveysDbContext db, InvitationSender sender) : IRequestHandler<ResendInvitation, Guid>
{
    public async Task<Guid> Handle(ResendInvitation request, CancellationToken cancellationToken)
    {
        var invitation = (await db.Invitations.FromSql($"SELECT * FROM surveys.invitations WHERE id = {request.InvitationId} FOR UPDATE")
                .ToListAsync(cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(SurveysMessages.InvitationNotFound);
        var participant = await db.Participants.SingleAsync(p => p.Id == invitation.ParticipantId, cancellationToken);
        if (participant.IsWithdrawn)
        {
            throw new ConflictException(SurveysMessages.ResendWithdrawn);
        }

        // An evaluation cannot be changed once given (it is not linked to the person any more): nothing to reopen.
        if (invitation.Kind == SurveyKind.SessionEvaluation && invitation.AnsweredAt is not null)
        {
            throw new ConflictException(SurveysMessages.ResendEvaluationAnswered);
        }

        await sender.ResendAsync(invitation, participant, cancellationToken);
        return invitation.Id;
    }
}
