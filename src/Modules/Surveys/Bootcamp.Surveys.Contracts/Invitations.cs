using Bootcamp.Shared.Contracts;

namespace Bootcamp.Surveys.Contracts;

public enum InvitationStatus
{
    Sent,
    Started,
    Answered,
    Expired,
}

/// <summary>One person's invitation to one survey, as staff see it (never the token).</summary>
public sealed record InvitationDto(
    Guid Id, Guid SessionId, Guid ParticipantId, string FirstName, string LastName, SurveyKind Kind, InvitationStatus Status,
    DateTimeOffset SentAt, DateTimeOffset? RemindedAt, DateTimeOffset? AnsweredAt, DateTimeOffset ExpiresAt);

/// <param name="Invited">People invited to that survey in the session.</param>
/// <param name="Answered">Of those, how many submitted.</param>
public sealed record ResponseRateDto(SurveyKind Kind, int Invited, int Answered)
{
    public decimal? Rate => Invited == 0 ? null : (decimal)Answered / Invited;
}

/// <summary>A session's survey invitations and response rates per survey.</summary>
public sealed record GetSessionSurveys(Guid SessionId) : IQuery<SessionSurveysDto>;

public sealed record SessionSurveysDto(Guid SessionId, IReadOnlyList<ResponseRateDto> Rates, IReadOnlyList<InvitationDto> Invitations);

/// <summary>Staff resend an invitation: a fresh private link (the old one stops working) and a new expiry.</summary>
public sealed record ResendInvitation(Guid InvitationId) : ICommand<Guid>;

/// <summary>Sends the reminders that are due (after Surveys:ReminderAfterDays without an answer, once) and expires
/// invitations past their date. Run by a recurring job; returns how many reminders were queued.</summary>
public sealed record SendDueSurveyReminders : ICommand<int>;

/// <summary>Surveys still collecting answers (at least one invitation neither answered nor expired) whose response rate,
/// answered ÷ invited per session and survey, is under <paramref name="Threshold"/> (0–1): staff's home lists them so
/// someone resends or calls while it still helps.</summary>
public sealed record GetLowResponseSurveys(decimal Threshold) : IQuery<IReadOnlyList<SurveyResponseDto>>;

public sealed record SurveyResponseDto(Guid SessionId, SurveyKind Kind, int Invited, int Answered)
{
    public decimal Rate => Invited == 0 ? 0 : (decimal)Answered / Invited;
}
