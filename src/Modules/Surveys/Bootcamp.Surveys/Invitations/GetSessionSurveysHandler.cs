using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Invitations;

internal sealed class GetSessionSurveysHandler(SurveysDbContext db, TimeProvider clock) : IRequestHandler<GetSessionSurveys, SessionSurveysDto>
{
    private static readonly SurveyKind[] Kinds = [SurveyKind.PreProgramme, SurveyKind.PostProgramme, SurveyKind.SessionEvaluation];

    public async Task<SessionSurveysDto> Handle(GetSessionSurveys request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (
                from i in db.Invitations.AsNoTracking()
                join p in db.Participants.AsNoTracking() on i.ParticipantId equals p.Id
                where i.SessionId == request.SessionId
                select new
                {
                    Invitation = i,
                    p.FirstName,
                    p.LastName,
                    Started = i.StartedAt != null,
                })
            .ToListAsync(cancellationToken);

        var invitations = rows
            .Select(r => new InvitationDto(
                r.Invitation.Id, r.Invitation.SessionId, r.Invitation.ParticipantId, r.FirstName, r.LastName, r.Invitation.Kind,
                StatusOf(r.Invitation, now), r.Invitation.SentAt, r.Invitation.RemindedAt, r.Invitation.AnsweredAt, r.Invitation.ExpiresAt))
            .OrderBy(i => i.Kind).ThenBy(i => i.LastName, StringComparer.CurrentCulture).ThenBy(i => i.FirstName, StringComparer.CurrentCulture)
            .ToList();
        var rates = Kinds
            .Select(k => new ResponseRateDto(k, invitations.Count(i => i.Kind == k), invitations.Count(i => i.Kind == k && i.Status == InvitationStatus.Answered)))
            .ToList();
        return new SessionSurveysDto(request.SessionId, rates, invitations);
    }

    internal static InvitationStatus StatusOf(Invitation invitation, DateTimeOffset now) =>
        invitation.AnsweredAt is not null ? InvitationStatus.Answered
        : invitation.ExpiresAt <= now ? InvitationStatus.Expired
        : invitation.StartedAt is not null ? InvitationStatus.Started
        : InvitationStatus.Sent;
}
