using System.Data.Common;

namespace Bootcamp.Shared.Persistence;

/// <summary>
/// The database transaction of the command (or event handler) being run, visible to platform services on the same
/// database: the mail queue writes its row in it, so a mail is queued if and only if the change that caused it
/// commits, as the outbox does for events.
/// </summary>
public static class AmbientTransaction
{
    private static readonly AsyncLocal<DbTransaction?> Value = new();

    public static DbTransaction? Current => Value.Value;

    public static IDisposable Enlist(DbTransaction transaction)
    {
        var previous = Value.Value;
        Value.Value = transaction;
        return new Restore(previous);
    }

    private sealed class Restore(DbTransaction? previous) : IDisposable
    {
        public void Dispose() => Value.Value = previous;
    }
}
