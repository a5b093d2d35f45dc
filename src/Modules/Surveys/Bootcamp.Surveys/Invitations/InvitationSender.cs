using System.Globalization;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Questionnaires;
using Bootcamp.Surveys.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Surveys.Invitations;

/// <summary>
/// Creates invitations and mails their private links. Every mail carries a fresh token (only its hash is stored, so a
/// link cannot be mailed twice): after a resend or a reminder the new link and the one before it both work, and the
/// answers saved so far stay with the invitation. The mail is queued in the same transaction as the new hash, so the link mailed is the one stored.
/// </summary>
internal sealed class InvitationSender(
    SurveysDbContext db, QuestionnaireStore questionnaires, IMediator mediator, IMailQueue mail, TimeProvider clock,
    IOptions<SurveysOptions> options, PublicLinks links)
{
    public const string InvitationCategory = "surveys.invitation";
    public const string ReminderCategory = "surveys.reminder";

    // One scope mails a whole session at once (the end of a session, a reminder run): ask Sessions for each title once.
    private readonly Dictionary<Guid, SessionDetails> _sessions = [];

    /// <summary>Invites the participant to that survey once; a second call (a redelivered event) changes nothing.</summary>
    public async Task<Invitation?> InviteAsync(SurveyParticipant participant, SurveyKind kind, CancellationToken cancellationToken)
    {
        if (participant.IsWithdrawn
            || await db.Invitations.AnyAsync(i => i.ParticipantId == participant.Id && i.SessionId == participant.SessionId && i.Kind == kind, cancellationToken))
        {
            return null;
        }

        Guid? questionnaireId = QuestionnaireStore.HasQuestionnaire(kind)
            ? (await questionnaires.CurrentAsync(participant.TrackId, kind, cancellationToken)).Id
            : null;
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            ParticipantId = participant.Id,
            SessionId = participant.SessionId,
            Kind = kind,
            QuestionnaireId = questionnaireId,
        };
        db.Invitations.Add(invitation);
        await MailNewLinkAsync(invitation, participant, reminder: false, cancellationToken);
        return invitation;
    }

    /// <summary>A new link and a new expiry (staff resend).</summary>
    public Task ResendAsync(Invitation invitation, SurveyParticipant participant, CancellationToken cancellationToken)
    {
        invitation.RemindedAt = null;
        return MailNewLinkAsync(invitation, participant, reminder: false, cancellationToken);
    }

    /// <summary>The one reminder: a new link, the same closing date.</summary>
    public async Task RemindAsync(Invitation invitation, SurveyParticipant participant, CancellationToken cancellationToken)
    {
        invitation.RemindedAt = clock.GetUtcNow();
        await MailNewLinkAsync(invitation, participant, reminder: true, cancellationToken);
    }

    private async Task MailNewLinkAsync(Invitation invitation, SurveyParticipant participant, bool reminder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = SensitiveData.NewToken();
        invitation.ReplaceToken(SensitiveData.HashToken(token));
        if (!reminder)
        {
            invitation.SentAt = now;
            invitation.ExpiresAt = ExpiryFor(invitation.Kind, participant.EndDate, now);
        }

        if (!_sessions.TryGetValue(participant.SessionId, out var session))
        {
            session = (await mediator.Send(new GetSession(participant.SessionId), cancellationToken)).Details;
            _sessions[participant.SessionId] = session;
        }

        var category = reminder ? ReminderCategory : InvitationCategory;
        var url = links.To($"/s/{token}").AbsoluteUri;
        var expires = invitation.ExpiresAt;
        await mail.EnqueueAsync(MailCulture.Render(participant.PreferredLanguage, () => Content(invitation.Kind, participant.FirstName, session, url, expires, reminder)
            .ToMail(
                participant.Email,
                $"{participant.FirstName} {participant.LastName}",
                Subject(invitation.Kind, session.Title, reminder),
                participant.PreferredLanguage,
                category,
                $"{category}:{invitation.Id}:{invitation.LinkNumber}")), cancellationToken);
    }

    /// <summary>Surveys:LinkValidDays after sending; the pre-survey stays open at least until the session's last evening.</summary>
    public DateTimeOffset ExpiryFor(SurveyKind kind, DateOnly endDate, DateTimeOffset now)
    {
        var expiry = now.AddDays(options.Value.LinkValidDays);
        if (kind == SurveyKind.PreProgramme)
        {
            var endOfSession = new DateTimeOffset(
                TimeZoneInfo.ConvertTimeToUtc(endDate.AddDays(1).ToDateTime(TimeOnly.MinValue), ProgrammeTime.Zone), TimeSpan.Zero);
            expiry = expiry < endOfSession ? endOfSession : expiry;
        }

        return expiry;
    }

    private static string Subject(SurveyKind kind, string title, bool reminder)
    {
        var subject = string.Format(CultureInfo.CurrentCulture, kind switch
        {
            SurveyKind.PreProgramme => SurveysMessages.MailSubjectPre,
            SurveyKind.PostProgramme => SurveysMessages.MailSubjectPost,
            _ => SurveysMessages.MailSubjectEvaluation,
        }, title);
        return reminder ? string.Format(CultureInfo.CurrentCulture, SurveysMessages.MailReminderSubject, subject) : subject;
    }

    private static MailContent Content(SurveyKind kind, string firstName, SessionDetails session, string url, DateTimeOffset expires, bool reminder)
    {
        var culture = CultureInfo.CurrentCulture;
        var intro = string.Format(culture, kind switch
        {
            SurveyKind.PreProgramme => SurveysMessages.MailIntroPre,
            SurveyKind.PostProgramme => SurveysMessages.MailIntroPost,
            _ => SurveysMessages.MailIntroEvaluation,
        }, session.Title);

        // The link works until the moment before ExpiresAt: show the last whole day, in Montréal.
        var lastDay = DateOnly.FromDateTime(ProgrammeTime.Local(expires.AddTicks(-1)).DateTime);
        var content = new MailContent().Paragraph(string.Format(culture, SurveysMessages.MailHello, firstName));
        if (reminder)
        {
            content.Paragraph(SurveysMessages.MailReminderIntro);
        }

        return content
            .Paragraph(intro)
            .Facts(SessionLabels.Facts(session))
            .Link(SurveysMessages.MailLinkLabel, url)
            .Paragraph(string.Format(culture, SurveysMessages.MailLinkValidity, lastDay.ToString("D", culture)))
            .Paragraph(SurveysMessages.MailSignature);
    }
}
