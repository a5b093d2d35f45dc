namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>One value held on the person. <paramref name="Name"/> is stable (the export's JSON key);
/// <paramref name="Label"/> is in the reader's language (the readable summary).</summary>
public sealed record HeldField(string Name, string Label, string? Value);

/// <summary>One row about the person (an application, a consent line, an attendance mark, a follow-up answer…).</summary>
public sealed record HeldRecord(string Kind, string KindLabel, IReadOnlyList<HeldField> Fields);

/// <summary>What one module holds on the person, decrypted where the reader is entitled to it.</summary>
public sealed record HeldData(string Module, string ModuleLabel, IReadOnlyList<HeldRecord> Records);
