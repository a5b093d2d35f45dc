namespace Bootcamp.Surveys.Contracts;

/// <summary>What the module's personal-data holder names in an export: the kinds of record and their fields. A member's
/// name is the export's stable key; its label (SurveyLabels.resx) is what a person reads.</summary>
public enum SurveyPersonalData
{
    Module,
    Participant,
    Invitation,
    Answer,
    InterviewNote,
    OutboxMessage,
    Session,
    FirstName,
    LastName,
    Email,
    PreferredLanguage,
    WithdrawnOn,
    Kind,
    SentAt,
    ExpiresAt,
    AnsweredAt,
    Question,
    Value,
    UpdatedAt,
    Notes,
    WrittenAt,
}
