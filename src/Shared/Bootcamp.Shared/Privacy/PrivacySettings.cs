namespace Bootcamp.Shared.Privacy;

/// <summary>Who answers for the personal information the programme holds (Law 25 s. 3.1), shown on the privacy notice
/// and in mail footers. Bound from <c>Bootcamp:Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Bootcamp:Privacy";

    /// <summary>The organisation that runs the programme, as the notice names it.</summary>
    public string Organisation { get; set; } = "Bootcamp";

    /// <summary>The person in charge of the protection of personal information (by default the highest authority of the
    /// organisation, who may delegate in writing).</summary>
    public string OfficerName { get; set; } = "";

    public string OfficerTitle { get; set; } = "";

    public string OfficerEmail { get; set; } = "";

    public string? OfficerPhone { get; set; }

    public string? PostalAddress { get; set; }
}

/// <summary>How long personal information is kept; the retention jobs apply it and the privacy notice reads it, so the
/// two cannot drift. Bound from <c>Bootcamp:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Bootcamp:Retention";

    /// <summary>Applications that never became a participant: the profile is erased this many months after the end of
    /// the session applied to.</summary>
    public int NotAdmittedMonths { get; set; } = 12;

    /// <summary>Participants: the profile is erased this many years after their last follow-up (or the session's end when
    /// they had none); counted figures stay, anonymised.</summary>
    public int ParticipantYears { get; set; } = 3;

    /// <summary>Sent mail: the body is purged this many days after it was sent (the row stays: who was written to, when,
    /// about what).</summary>
    public int MailBodyDays { get; set; } = 7;

    /// <summary>Audit entries (reads of sensitive fields, account actions) are deleted after this many years.</summary>
    public int AuditYears { get; set; } = 5;

    /// <summary>How often the retention jobs look for what has expired.</summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromHours(24);
}
