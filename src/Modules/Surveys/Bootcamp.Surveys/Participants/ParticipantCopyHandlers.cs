using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Outbox;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Participants;

/// <summary>Keeps the module's copy of the participant and sends the pre-survey at once, unless the session already ended
/// (a late enrolment recorded after the fact has nothing left to measure "before").</summary>
internal sealed class InvitePreSurveyOnParticipantEnrolled(
    SurveysDbContext db, TimeProvider clock, InvitationSender sender)
    : IntegrationEventHandler<ParticipantEnrolled, SurveysDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantEnrolled e, CancellationToken cancellationToken)
    {
        var participant = await Db.Participants.FirstOrDefaultAsync(p => p.Id == e.ParticipantId, cancellationToken);
        if (participant is null)
        {
            participant = new SurveyParticipant { Id = e.ParticipantId };
            Db.Participants.Add(participant);
        }

        participant.SessionId = e.SessionId;
        participant.ApplicationId = e.ApplicationId;
        participant.TrackId = e.TrackId;
        participant.FirstName = e.FirstName;
        participant.LastName = e.LastName;
        participant.Email = e.Email;
        participant.PreferredLanguage = e.PreferredLanguage;
        participant.StartDate = e.StartDate;
        participant.EndDate = e.EndDate;
        await Db.SaveChangesAsync(cancellationToken);

        if (ProgrammeTime.Today(Clock) <= e.EndDate)
        {
            await sender.InviteAsync(participant, SurveyKind.PreProgramme, cancellationToken);
        }
    }

}

/// <summary>No more invitations or reminders for someone who left; what they already answered stays.</summary>
internal sealed class StopSurveysOnParticipantWithdrew(SurveysDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ParticipantWithdrew, SurveysDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantWithdrew e, CancellationToken cancellationToken)
    {
        if (await Db.Participants.FirstOrDefaultAsync(p => p.Id == e.ParticipantId, cancellationToken) is { } participant)
        {
            participant.WithdrawnOn = e.WithdrawnOn;
        }
    }
}

/// <summary>
/// At the end of the session everyone still enrolled gets the post-survey and the anonymous evaluation: the skill change
/// and the evaluation are about the teaching, so they ask completers and non-completers alike. The module's copy says
/// who is enrolled; completers missing from it (enrolled before this module ran) are added from the event.
/// </summary>
internal sealed class InvitePostSurveysOnSessionCompleted(
    SurveysDbContext db, TimeProvider clock, InvitationSender sender)
    : IntegrationEventHandler<SessionCompleted, SurveysDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SessionCompleted e, CancellationToken cancellationToken)
    {
        var known = await Db.Participants.Where(p => p.SessionId == e.SessionId).ToListAsync(cancellationToken);
        foreach (var completer in e.Completers.Where(c => known.All(p => p.Id != c.ParticipantId)))
        {
            var added = new SurveyParticipant
            {
                Id = completer.ParticipantId,
                SessionId = e.SessionId,
                ApplicationId = completer.ApplicationId,
                TrackId = e.TrackId,
                FirstName = completer.FirstName,
                LastName = completer.LastName,
                Email = completer.Email,
                PreferredLanguage = completer.PreferredLanguage,
                StartDate = e.StartDate,
                EndDate = e.EndDate,
            };
            Db.Participants.Add(added);
            known.Add(added);
        }

        await Db.SaveChangesAsync(cancellationToken);
        foreach (var participant in known.Where(p => !p.IsWithdrawn).OrderBy(p => p.LastName, StringComparer.Ordinal).ThenBy(p => p.FirstName, StringComparer.Ordinal))
        {
            await sender.InviteAsync(participant, SurveyKind.PostProgramme, cancellationToken);
            await sender.InviteAsync(participant, SurveyKind.SessionEvaluation, cancellationToken);
        }
    }
}
