using Bootcamp.Applications.Contracts;

namespace Bootcamp.Applications.Persistence;

internal sealed class Application
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>In clear on purpose: the quota arithmetic needs it, and it reveals far less than the status behind it.</summary>
    public ApplicantCategory Category { get; set; }

    public ApplicationStatus Status { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }

    /// <summary>Lower-cased: one application per email and session.</summary>
    public required string Email { get; set; }

    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }

    /// <summary>The sensitive part of the profile, encrypted (see <see cref="SensitiveProfile"/>).</summary>
    public required string ProtectedProfile { get; set; }

    public required string IdempotencyKey { get; set; }
    public required byte[] StatusTokenHash { get; set; }
    public ScreeningState Screening { get; set; }
    public int? Score { get; set; }

    /// <summary>The per-criterion ratings the score was computed from, as a JSON object (jsonb); null when the score
    /// was entered directly.</summary>
    public string? ScreeningRatings { get; set; }

    public string? IneligibleReason { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ConfirmBy { get; set; }

    /// <summary>Position on the waitlist of the application's own category (1 = next to be offered a seat).</summary>
    public int? WaitlistRank { get; set; }
    public string? WithdrawalReason { get; set; }
    public uint Version { get; set; }
}

/// <summary>What is encrypted at rest: everything of the profile but name, contact and language.</summary>
internal sealed record SensitiveProfile(
    ResidencyStatus? ResidencyStatus,
    DateOnly? ArrivedInCanadaOn,
    bool? AuthorisedToWork,
    DateOnly? PermitExpiresOn,
    string? HighestEducation,
    string? EducationField,
    string? EducationCountry,
    int? YearsOfWorkExperience,
    string? WorkField,
    string? PriorCodingExposure,
    string? Languages,
    string? Motivation,
    bool ConfirmsEveningAvailability,
    bool NeedsLaptopLoan,
    string? OtherNeeds,
    string? HowTheyHeard,
    string? ReferringAgency,
    string? Gender,
    string? AgeRange)
{
    public const string Purpose = "Applications.Profile.v1";

    public static SensitiveProfile From(ApplicantProfile p) => new(
        p.ResidencyStatus, p.ArrivedInCanadaOn, p.AuthorisedToWork, p.PermitExpiresOn, p.HighestEducation, p.EducationField,
        p.EducationCountry, p.YearsOfWorkExperience, p.WorkField, p.PriorCodingExposure, p.Languages, p.Motivation,
        p.ConfirmsEveningAvailability, p.NeedsLaptopLoan, p.OtherNeeds, p.HowTheyHeard, p.ReferringAgency, p.Gender, p.AgeRange);
}

/// <summary>One line of the consent ledger: which text was agreed to, when, and when withdrawn. Never updated in place
/// except to record a withdrawal.</summary>
internal sealed class ConsentRecord
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public required string TextVersion { get; set; }
    public bool Granted { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>Why someone was admitted or waitlisted: the log that makes selection explainable.</summary>
internal sealed class SelectionDecisionRecord
{
    public Guid Id { get; set; }
    public Guid RunId { get; set; }
    public Guid SessionId { get; set; }
    public Guid ApplicationId { get; set; }
    public ApplicantCategory Category { get; set; }
    public ApplicationStatus Decision { get; set; }
    public int RankInCategory { get; set; }
    public required string Rule { get; set; }
    public string? LotterySeed { get; set; }
    public bool SpillOver { get; set; }
    public required string Reason { get; set; }
    public Guid DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
