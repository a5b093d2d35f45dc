using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;

namespace Bootcamp.Applications.Persistence;

internal sealed class Application
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>In clear on purpose: the quota arithmetic needs it, and it reveals far less than the status behind it.</summary>
    public ApplicantCategory Category { get; set; }

    public ApplicationStatus Status { get; set; }
    [PersonalData]
    public required string FirstName { get; set; }
    [PersonalData]
    public required string LastName { get; set; }

    /// <summary>Lower-cased: one application per email and session.</summary>
    [PersonalData]
    public required string Email { get; set; }

    [PersonalData]
    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }

    /// <summary>The sensitive part of the profile, encrypted (see <see cref="SensitiveProfile"/>).</summary>
    [PersonalData]
    public required string ProtectedProfile { get; set; }

    public required string IdempotencyKey { get; set; }
    public ScreeningState Screening { get; set; }
    public int? Score { get; set; }

    /// <summary>The per-criterion ratings the score was computed from, as a JSON object (jsonb); null when the score
    /// was entered directly.</summary>
    [PersonalData]
    public string? ScreeningRatings { get; set; }

    [PersonalData]
    public string? IneligibleReason { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ConfirmBy { get; set; }

    /// <summary>Position on the waitlist of the application's own category (1 = next to be offered a seat).</summary>
    public int? WaitlistRank { get; set; }
    [PersonalData]
    public string? WithdrawalReason { get; set; }

    /// <summary>What the status page's box takes; a longer reason is refused, not cut.</summary>
    public const int MaxWithdrawalReasonLength = 500;
    public uint Version { get; set; }

    // Each status rule is written here once: the handlers change the status only through these methods, and the
    // answers the pages show (may I withdraw? confirm?) are read from the same rules, so the two cannot drift apart.

    /// <summary>Someone with nothing left to leave (refused, released, already gone) has nothing to withdraw from.</summary>
    public bool CanWithdraw => Status is not (ApplicationStatus.Withdrawn or ApplicationStatus.Released or ApplicationStatus.Ineligible);

    /// <summary>After a withdrawal we keep the record as it was left; nothing of it changes any more.</summary>
    public bool CanChangeContact => Status is not ApplicationStatus.Withdrawn;

    /// <summary>Offered a seat and not yet answered. Still true once the deadline passed and before the release job
    /// ran: a late click then gets the reason instead of a missing button.</summary>
    public bool AwaitsConfirmation => Status == ApplicationStatus.Admitted && ConfirmBy is not null;

    public bool CanBePromoted => Status == ApplicationStatus.Waitlisted;

    /// <summary>The seat offer, from the selection run or from the waitlist.</summary>
    public void Admit(DateTimeOffset confirmBy, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Waitlisted))
        {
            throw new InvalidOperationException($"An application that is {Status} cannot be admitted.");
        }

        Status = ApplicationStatus.Admitted;
        WaitlistRank = null;
        ConfirmBy = confirmBy;
        UpdatedAt = now;
    }

    /// <summary>A new selection run may move someone already waiting to another place in the queue.</summary>
    public void Waitlist(int rank, DateTimeOffset now)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Waitlisted))
        {
            throw new InvalidOperationException($"An application that is {Status} cannot be waitlisted.");
        }

        Status = ApplicationStatus.Waitlisted;
        WaitlistRank = rank;
        ConfirmBy = null;
        UpdatedAt = now;
    }

    /// <summary>Screening decides eligibility; only a submitted application can be refused, and only a refused one
    /// reinstated, so a later screening edit never takes back a seat already decided.</summary>
    public void SetEligibility(bool eligible, DateTimeOffset now)
    {
        if (!eligible && Status == ApplicationStatus.Submitted)
        {
            Status = ApplicationStatus.Ineligible;
        }
        else if (eligible && Status == ApplicationStatus.Ineligible)
        {
            Status = ApplicationStatus.Submitted;
        }

        UpdatedAt = now;
    }

    /// <summary>The applicant takes their seat. False when it was already theirs (a second click); a conflict, with its
    /// reason, when there is no seat to take.</summary>
    public bool Confirm(DateTimeOffset now)
    {
        switch (Status)
        {
            case ApplicationStatus.Confirmed:
                return false;
            case ApplicationStatus.Admitted when ConfirmBy >= now:
                Status = ApplicationStatus.Confirmed;
                UpdatedAt = now;
                return true;
            case ApplicationStatus.Admitted:
            case ApplicationStatus.Released:
                throw new ConflictException(ApplicationsMessages.ConfirmationDeadlinePassed);
            default:
                throw new ConflictException(ApplicationsMessages.NoSeatToConfirm);
        }
    }

    /// <summary>The status before the withdrawal, or null when there was nothing to withdraw (a second click, a stale page).</summary>
    public ApplicationStatus? Withdraw(string? reason, DateTimeOffset now)
    {
        if (!CanWithdraw)
        {
            return null;
        }

        var previous = Status;
        Status = ApplicationStatus.Withdrawn;
        var trimmed = reason?.Trim();
        WithdrawalReason = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        UpdatedAt = now;
        return previous;
    }

    /// <summary>Erased but counted (decisions/0018): the row stays for the figures that read it (session, category,
    /// status, dates, score) and loses all that leads back to the person. The address becomes a unique undeliverable one
    /// (one application per address and session), the profile keeps the work authorisation
    /// alone (Placements' denominator reads it). False when it already was.</summary>
    public bool Anonymise(string strippedProfile)
    {
        if (IsAnonymised)
        {
            return false;
        }

        FirstName = "";
        LastName = "";
        Email = ErasedValues.Email();
        Phone = null;
        ProtectedProfile = strippedProfile;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        ScreeningRatings = null;
        IneligibleReason = null;
        WithdrawalReason = null;
        return true;
    }

    public bool IsAnonymised => ErasedValues.IsErased(Email);

    /// <summary>An unanswered offer lapses at its deadline. False when it was answered meanwhile or is not due yet.</summary>
    public bool Release(DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Admitted || ConfirmBy >= now)
        {
            return false;
        }

        Status = ApplicationStatus.Released;
        UpdatedAt = now;
        return true;
    }
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

    /// <summary>What an erased application keeps of its profile: the one answer a published figure reads.</summary>
    public SensitiveProfile Anonymised() => new(
        null, null, AuthorisedToWork, null, null, null, null, null, null, null, null, null, false, false, null, null, null, null, null);

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

    /// <summary>The privacy notice version the person had in front of them; null for lines recorded before it was kept
    /// or by a caller that did not say.</summary>
    public string? PrivacyNoticeVersion { get; set; }
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
