namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>Deleted: the row is gone. Anonymised: the row stays because a published figure counts it, without
/// anything that leads back to the person (names, contact, free text, tokens, links).</summary>
public enum ErasureEffect
{
    Deleted,
    Anonymised,
}

public sealed record ErasureLine(string Kind, string KindLabel, ErasureEffect Effect, int Count);

/// <summary>What erasing the person does in one module: before (the confirmation lists it) and after (what was done).</summary>
public sealed record ErasureReport(string Module, IReadOnlyList<ErasureLine> Lines)
{
    /// <summary>The module's name in the reader's language (the confirmation shows it); the key when none was given.</summary>
    public string ModuleLabel { get; init; } = Module;
}
