using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

public enum ResidencyStatus
{
    RefugeeOrProtectedPerson,
    AsylumClaimant,
    PermanentResident,
    TemporaryResidentWorkPermit,
    TemporaryResidentStudyPermit,
    Citizen,
    Other,
}

public enum ConsentPurpose
{
    /// <summary>Required: using the application to run the programme.</summary>
    ProgrammeAdministration,

    /// <summary>Optional: follow-up surveys after the programme (1, 2, 3 months).</summary>
    FollowUpContact,

    /// <summary>Optional: counting the person in anonymised aggregate reports.</summary>
    AggregateReporting,

    /// <summary>Optional: short text messages (SMS) to the phone number given — a seat offered, the evening before class —
    /// besides the e-mails. Only ever used when the organisation has turned SMS on (decisions/0025).</summary>
    TextMessages,
}

public enum ApplicationStatus
{
    Submitted,
    Ineligible,
    Admitted,
    Waitlisted,
    Confirmed,
    Withdrawn,
    Released,
}

/// <summary>What an applicant tells us. Everything below <see cref="ResidencyStatus"/> is sensitive and is stored
/// encrypted; only the derived category stays in clear for quota arithmetic.</summary>
public sealed record ApplicantProfile
{
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Email { get; init; } = "";
    public string? Phone { get; init; }

    /// <summary>fr-CA or en-CA: every message to this person uses it.</summary>
    public string PreferredLanguage { get; init; } = "fr-CA";

    public ResidencyStatus? ResidencyStatus { get; init; }
    public DateOnly? ArrivedInCanadaOn { get; init; }
    public bool? AuthorisedToWork { get; init; }
    public DateOnly? PermitExpiresOn { get; init; }
    public string? HighestEducation { get; init; }
    public string? EducationField { get; init; }
    public string? EducationCountry { get; init; }
    public int? YearsOfWorkExperience { get; init; }
    public string? WorkField { get; init; }
    public string? PriorCodingExposure { get; init; }
    public string? Languages { get; init; }
    public string? Motivation { get; init; }
    public bool ConfirmsEveningAvailability { get; init; }
    public bool NeedsLaptopLoan { get; init; }
    public string? OtherNeeds { get; init; }
    public string? HowTheyHeard { get; init; }
    public string? ReferringAgency { get; init; }

    /// <summary>Optional and skippable: self-described gender, age range, etc.</summary>
    public string? Gender { get; init; }
    public string? AgeRange { get; init; }
}

public sealed record ConsentAnswers(bool ProgrammeAdministration, bool FollowUpContact, bool AggregateReporting, bool TextMessages = false);

/// <summary>An applicant applies to a session. <see cref="IdempotencyKey"/> comes from the form, so a double click,
/// a retry or a re-post returns the first application instead of creating a second one.</summary>
/// <see cref="PrivacyNoticeVersion"/> is the notice version the form displayed; null when the caller did not say (the API).
public sealed record Apply(Guid SessionId, ApplicantProfile Profile, ConsentAnswers Consents, string IdempotencyKey, string? PrivacyNoticeVersion = null) : ICommand<ApplyResult>;

/// <summary><see cref="StatusToken"/> is only returned to the caller that created the application (and emailed); a
/// replayed submission gets <c>null</c> and the same <see cref="ApplicationId"/>.</summary>
public sealed record ApplyResult(Guid ApplicationId, bool Created, string? StatusToken);

public sealed record ApplicationSubmitted(Guid ApplicationId, Guid SessionId, ApplicantCategory Category) : IntegrationEvent;

/// <summary>What the applicant sees through their private link, with what they may still do: the module answers
/// from its own rules, so a page never decides them from the status.</summary>
public sealed record ApplicationStatusDto(
    Guid ApplicationId, Guid SessionId, string FirstName, string? Phone, string PreferredLanguage, ApplicationStatus Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? ConfirmBy, IReadOnlyList<ConsentStateDto> Consents)
{
    public bool CanWithdraw { get; init; }

    /// <summary>Phone, language and optional consents.</summary>
    public bool CanChangeContact { get; init; }

    /// <summary>A seat is offered and not yet taken; the confirm button shows (a late click is told why it is too late).</summary>
    public bool AwaitsConfirmation { get; init; }
}

/// <summary>Looks an application up by its private link token; an unknown token is a 404 that reveals nothing.</summary>
public sealed record GetApplicationByToken(string Token) : IQuery<ApplicationStatusDto>;

/// <summary>The applicant withdraws through their private link.</summary>
public sealed record WithdrawApplication(string Token, string? Reason) : ICommand<Guid>;

public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid SessionId, ApplicantCategory Category, ApplicationStatus PreviousStatus) : IntegrationEvent;

/// <summary>"Resend my link": mails a fresh status link for each application under <paramref name="Email"/> (to
/// <paramref name="SessionId"/> only, when given). The caller learns nothing: the same answer whether or not any
/// application matched (decisions/0022); the count of mails queued is for tests and logs, never shown.</summary>
public sealed record ResendStatusLinks(string Email, Guid? SessionId) : ICommand<int>;
