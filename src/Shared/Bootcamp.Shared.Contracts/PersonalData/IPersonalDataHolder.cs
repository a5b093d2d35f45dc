namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>
/// Every module that stores personal data answers the two questions of Québec's Law 25 for one person: what do you
/// hold on them (access and portability, s. 27) and erase them (s. 23, 28.1). Registered by the module in its
/// ModuleDefinition; the Privacy module asks every registered holder (decisions/0018). An architecture test fails when a
/// module with <see cref="PersonalDataAttribute"/> properties registers none.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>The module's name, e.g. "Applications" (the export's section key).</summary>
    string Module { get; }

    /// <summary>Everything held on the person; labels in the current UI culture.</summary>
    Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken);

    /// <summary>What <see cref="EraseAsync"/> would delete and anonymise, changing nothing.</summary>
    Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken);

    /// <summary>Deletes the person's rows, or anonymises those a published figure counts, so that the figures stay the
    /// same. Idempotent: a second run finds nothing left and reports zero.</summary>
    Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken);
}
