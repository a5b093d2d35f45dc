namespace Bootcamp.Placements.Contracts;

/// <summary>What the module's personal-data holder names in an export: the kinds of record and their fields. A member's
/// name is the export's stable key; its label (PlacementLabels.resx) is what a person reads.</summary>
public enum PlacementPersonalData
{
    Module,
    FollowedPerson,
    Wave,
    Link,
    Placement,
    Lead,
    OutboxMessage,
    Session,
    FirstName,
    LastName,
    Email,
    Phone,
    PreferredLanguage,
    SessionEndDate,
    AuthorisedToWork,
    ConsentWithdrawnAt,
    Months,
    DueOn,
    Status,
    SentAt,
    AnsweredAt,
    AnsweredEmployed,
    AnsweredOutcome,
    AnsweredStillSeeking,
    Outcome,
    Employer,
    JobTitle,
    StartDate,
    InTechField,
    EmploymentType,
    SalaryBand,
    ReportedOn,
}
