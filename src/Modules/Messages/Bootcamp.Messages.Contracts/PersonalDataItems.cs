namespace Bootcamp.Messages.Contracts;

/// <summary>What Messages holds on a person, as the export and the erasure name it (labels in MessagesLabels).</summary>
public enum MessagesPersonalData
{
    Module,
    MessageReceived,
    Session,
    Subject,
    State,
    SentAt,
}
