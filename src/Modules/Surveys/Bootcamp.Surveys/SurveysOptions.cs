namespace Bootcamp.Surveys;

/// <summary>Bound from the <c>Surveys</c> section.</summary>
internal sealed class SurveysOptions
{
    public const string Section = "Surveys";

    /// <summary>Surveys:LinkValidDays — a private link works this many days after it was mailed (the pre-survey's at
    /// least until the session's last day).</summary>
    public int LinkValidDays { get; set; } = 30;

    /// <summary>Surveys:ReminderAfterDays — one reminder goes out this long after the link was mailed, if not submitted.</summary>
    public int ReminderAfterDays { get; set; } = 7;

    /// <summary>Surveys:ReminderCheckInterval — how often the reminder job looks for due reminders.</summary>
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromHours(1);

    public EvaluationOptions Evaluation { get; set; } = new();
}

internal sealed class EvaluationOptions
{
    /// <summary>Surveys:Evaluation:MinimumForComments — under this many answers nobody sees the comments: in a small
    /// group a comment's wording can tell who wrote it.</summary>
    public int MinimumForComments { get; set; } = 5;
}
