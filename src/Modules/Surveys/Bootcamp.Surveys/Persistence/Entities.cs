using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.Surveys.Persistence;

/// <summary>The module's own copy of a participant, fed by Sessions' events: who to invite, in which language.</summary>
internal sealed class SurveyParticipant
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid TrackId { get; set; }
    [PersonalData]
    public string FirstName { get; set; } = "";
    [PersonalData]
    public string LastName { get; set; } = "";
    [PersonalData]
    public string Email { get; set; } = "";
    public string PreferredLanguage { get; set; } = "fr-CA";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DateOnly? WithdrawnOn { get; set; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>Erased but counted (decisions/0018): the pre/post change and the response rates count this participant's
    /// answers by session and track, so the row stays without name or address. False when it already was.</summary>
    public bool Anonymise()
    {
        if (IsAnonymised)
        {
            return false;
        }

        FirstName = "";
        LastName = "";
        Email = ErasedValues.Email();
        return true;
    }

    public bool IsAnonymised => ErasedValues.IsErased(Email);
}

internal sealed class Questionnaire
{
    public Guid Id { get; set; }
    public Guid TrackId { get; set; }
    public SurveyKind Kind { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Question> Questions { get; set; } = [];
}

internal sealed class Question
{
    public const int MaxTextLength = 500;
    public const int MaxKeyLength = 50;

    public Guid Id { get; set; }
    public Guid QuestionnaireId { get; set; }
    public int Position { get; set; }
    public QuestionType Type { get; set; }
    public string TextFr { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string? SkillArea { get; set; }

    /// <summary>Choice keys and texts as jsonb: they are only ever read with their question.</summary>
    public List<Choice> Choices { get; set; } = [];

    public string? CorrectChoice { get; set; }
    public bool Required { get; set; }
}

internal sealed class Choice
{
    public string Key { get; set; } = "";
    public string TextFr { get; set; } = "";
    public string TextEn { get; set; } = "";
}

/// <summary>One person's invitation to one survey of one session; only the SHA-256 of the private link's token is kept.</summary>
internal sealed class Invitation
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid SessionId { get; set; }
    public SurveyKind Kind { get; set; }

    /// <summary>The exact version the person answers; null for the session evaluation (fixed questions).</summary>
    public Guid? QuestionnaireId { get; set; }

    [PersonalData]
    public byte[] TokenHash { get; set; } = [];

    /// <summary>The link mailed before the current one: a reminder or a resend must not break the link the person may
    /// already have open (issue 19), so the two latest links work until the invitation closes. Null before a second mail.</summary>
    [PersonalData]
    public byte[]? PreviousTokenHash { get; set; }

    /// <summary>How many links were mailed (first mail, resends, reminders): part of each mail's deduplication key.</summary>
    public int LinkNumber { get; set; }

    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>A new link for the next mail; the current one stays valid beside it, the one before that stops.</summary>
    public void ReplaceToken(byte[] hash)
    {
        PreviousTokenHash = LinkNumber > 0 ? TokenHash : null;
        TokenHash = hash;
        LinkNumber++;
    }

    /// <summary>Erasure: the invitation stays (response rates count it) but no link ever sent opens it again.</summary>
    public void ForgetToken()
    {
        TokenHash = ErasedValues.TokenHash();
        PreviousTokenHash = null;
    }
}

/// <summary>One saved answer. Free-text values are encrypted (DESIGN §5); the others are short keys and numbers.</summary>
internal sealed class Answer
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; }
    public Guid InvitationId { get; set; }
    public Guid QuestionId { get; set; }
    [PersonalData]
    public string Value { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// An anonymous session evaluation. Deliberately nothing that leads back to a person: no invitation or participant id,
/// a random (not time-ordered) id, and the date only, so it cannot be joined to an invitation's answer time.
/// </summary>
internal sealed class SessionEvaluation
{
    public const int MaxCommentLength = 2000;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public int Structure { get; set; }
    public int Curriculum { get; set; }
    public int Instructors { get; set; }
    public int Pace { get; set; }
    public int Support { get; set; }

    /// <summary>Encrypted free text.</summary>
    public string? Comment { get; set; }
}

internal sealed class InterviewNote
{
    public const int MaxFieldLength = 4000;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid? ParticipantId { get; set; }

    /// <summary>The three notes, encrypted together: free text about a person.</summary>
    [PersonalData]
    public string ProtectedNotes { get; set; } = "";

    public Guid WrittenBy { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
