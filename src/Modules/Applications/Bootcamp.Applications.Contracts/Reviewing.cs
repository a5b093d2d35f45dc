using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>What the audit trail records: who looked at or changed what, and when.</summary>
public static class AuditActions
{
    public const string ViewedSensitive = "ViewedSensitive";
    public const string Screened = "Screened";
    public const string ExportedCsv = "ExportedCsv";

    /// <summary>A fresh status link was mailed from the public "resend my link" form (no one signed in: no actor).</summary>
    public const string StatusLinkResent = "StatusLinkResent";

    /// <summary>The form was used for an address or session with nothing to send (the address typed is not kept).</summary>
    public const string StatusLinkResendNoMatch = "StatusLinkResendNoMatch";
}

public sealed record ConsentLineDto(ConsentPurpose Purpose, string TextVersion, bool Granted, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt, string? PrivacyNoticeVersion);

public sealed record SelectionDecisionDto(
    Guid RunId, ApplicationStatus Decision, ApplicantCategory Category, int RankInCategory, string Rule, string? LotterySeed,
    bool SpillOver, string Reason, Guid DecidedBy, DateTimeOffset DecidedAt);

public sealed record ScreeningNoteDto(Guid AuthorId, string Text, DateTimeOffset At);

/// <summary>Everything about one application, sensitive fields decrypted. Reading it is recorded in the audit trail.</summary>
public sealed record ApplicationDetailDto(
    Guid Id, Guid SessionId, ApplicantProfile Profile, ApplicantCategory Category, ApplicationStatus Status,
    ScreeningState Screening, int? Score, string? IneligibleReason, int? WaitlistRank, DateTimeOffset SubmittedAt,
    DateTimeOffset? ConfirmBy, string? WithdrawalReason, IReadOnlyList<ConsentLineDto> Consents,
    IReadOnlyList<SelectionDecisionDto> Decisions, IReadOnlyList<ScreeningNoteDto> Notes,
    IReadOnlyDictionary<string, int>? Ratings = null)
{
    /// <summary>Staff may offer this person a freed seat by hand.</summary>
    public bool CanBePromoted { get; init; }
}

/// <summary>The audited detail view (Staff/Admin only): a command, so the audit row commits with the read or not at all.</summary>
public sealed record GetApplicationDetail(Guid ApplicationId, Guid ViewerId) : ICommand<ApplicationDetailDto>;

public sealed record AuditEntryDto(Guid Id, Guid? ApplicationId, Guid? SessionId, Guid ActorId, string Action, DateTimeOffset At);

/// <summary>Who viewed, screened or exported this application, newest first.</summary>
public sealed record GetAuditTrail(Guid ApplicationId) : IQuery<IReadOnlyList<AuditEntryDto>>;

/// <summary>Screens an application (see <see cref="ScreenApplication"/>), keeps the reviewer's private notes and records
/// who did it, all in one transaction.</summary>
public sealed record ReviewApplication(
    Guid ApplicationId, Guid ReviewerId, bool Eligible, int? Score, string? Reason, string? Notes,
    IReadOnlyDictionary<string, int>? Ratings = null) : ICommand<Guid>;

public sealed record CsvFile(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

/// <summary>The session's applications as CSV (contact, category, status, screening; never a sensitive field), safe to
/// open in a spreadsheet. The export is recorded in the audit trail.</summary>
public sealed record ExportApplicationsCsv(Guid SessionId, Guid ViewerId) : ICommand<CsvFile>;

/// <summary>The whole data-access audit for the admin's audit page, newest first: who viewed sensitive fields, screened
/// or exported, filtered by the person who acted and by day (UTC), paged.</summary>
public sealed record GetDataAccessAudit(Guid? ActorId, DateOnly? From, DateOnly? To, int Page, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<AuditEntryDto>>;
