using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>Where one follow-up wave of one person stands.</summary>
public enum FollowUpWaveStatus
{
    /// <summary>Not due yet, or due and waiting for the dispatch job.</summary>
    Pending,

    /// <summary>The survey link went out; no answer yet.</summary>
    Sent,

    Answered,

    /// <summary>No answer by the next wave's due date (or 30 days after the last wave).</summary>
    NonReporting,

    /// <summary>Never sent: follow-up consent withdrawn (or never given), or the person is no longer a completer.</summary>
    Cancelled,
}

public enum EmploymentType
{
    FullTime,
    PartTime,
}

/// <summary>Yearly gross salary bands (CAD). Optional in every answer.</summary>
public enum SalaryBand
{
    Under30000,
    From30000To44999,
    From45000To59999,
    From60000To74999,
    From75000To89999,
    From90000,
}

/// <summary>What a person answers on their private follow-up link.</summary>
/// <param name="Employed">Working (employee, intern, contractor, freelancer or own business) at the time of answering.</param>
/// <param name="Outcome">An employed outcome when <paramref name="Employed"/>, else <see cref="OutcomeCode.StillSeeking"/> or
/// <see cref="OutcomeCode.NotSeeking"/>; never <see cref="OutcomeCode.NonReporting"/>.</param>
/// <param name="StartDate">Required when employed.</param>
public sealed record FollowUpAnswer(
    bool Employed, OutcomeCode Outcome, string? Employer, string? JobTitle, DateOnly? StartDate, bool? InTechField,
    EmploymentType? EmploymentType, SalaryBand? SalaryBand, bool StillSeeking)
{
    /// <summary>The answer as the form asks it: "working?", then either the job (a full-time job unless another employed
    /// outcome is picked) or "still looking?", which decides between still seeking and not seeking.</summary>
    public static FollowUpAnswer FromForm(
        bool employed, OutcomeCode? employedOutcome, string? employer, string? jobTitle, DateOnly? startDate, bool? inTechField,
        EmploymentType? employmentType, SalaryBand? salaryBand, bool stillSeeking) =>
        new(
            employed,
            employed ? employedOutcome ?? OutcomeCode.FullTimeEmployee : stillSeeking ? OutcomeCode.StillSeeking : OutcomeCode.NotSeeking,
            employer, jobTitle, startDate, inTechField, employmentType, salaryBand, !employed && stillSeeking);
}

/// <summary>What the private follow-up page may show: nothing but the person's first name and the wave.</summary>
/// <param name="OpenUntil">The last Montréal day the link accepts an answer.</param>
public sealed record FollowUpFormDto(string FirstName, string PreferredLanguage, int Wave, DateOnly OpenUntil, bool Answered);

/// <summary>The follow-up behind a private link. <see cref="NotFoundException"/> for an unknown, expired or closed link,
/// whatever the reason, so a guessed token learns nothing.</summary>
public sealed record GetFollowUpByToken(string Token) : IQuery<FollowUpFormDto>;

/// <summary>The person answers their follow-up (again, while the link is open: the last answer wins). An employed answer
/// records or updates their placement as self-reported. Returns the form as it now stands.</summary>
public sealed record AnswerFollowUp(string Token, FollowUpAnswer Answer) : ICommand<FollowUpFormDto>;

/// <summary>One follow-up wave as the placement director sees it.</summary>
/// <param name="AuthorisedToWork">The person's work authorisation (from their application, or as the director set it);
/// null when unknown.</param>
public sealed record FollowUpWaveDto(
    Guid Id, Guid ParticipantId, Guid SessionId, string FirstName, string LastName, int Wave, DateOnly DueOn, DateOnly ClosesOn,
    FollowUpWaveStatus Status, DateTimeOffset? SentAt, DateTimeOffset? ReminderSentAt, DateTimeOffset? AnsweredAt, bool? AuthorisedToWork);

/// <summary>Every follow-up wave of a session, by person then wave.</summary>
public sealed record GetFollowUpWaves(Guid SessionId) : IQuery<IReadOnlyList<FollowUpWaveDto>>;

/// <summary>The placement director records whether a person is authorised to work in Canada (null: unknown). People not
/// authorised are counted apart and left out of the employment-rate denominator.</summary>
public sealed record SetWorkAuthorisation(Guid ParticipantId, bool? AuthorisedToWork) : ICommand<Guid>;
