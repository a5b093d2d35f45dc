namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>
/// A log of who did or looked at what (reads of sensitive fields, account actions), kept for
/// <c>Bootcamp:Retention:AuditYears</c> and then deleted by the Privacy module's audit retention job (decisions/0020).
/// Resolved as <c>IEnumerable&lt;IAuditTrail&gt;</c> for the reason decisions/0018 gives for the holders: the job must
/// reach every trail, including those added later, without knowing where each lives.
/// </summary>
public interface IAuditTrail
{
    /// <summary>What the trail is, as the run report counts it: "DataAccess", "Accounts".</summary>
    string Name { get; }

    /// <summary>Deletes the entries recorded before <paramref name="before"/>; returns how many. Idempotent: a second
    /// call with the same date deletes nothing.</summary>
    Task<int> DeleteRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
