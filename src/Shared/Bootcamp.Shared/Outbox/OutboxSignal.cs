namespace Bootcamp.Shared.Outbox;

/// <summary>Wakes the outbox processor right after a command commits.</summary>
public sealed class OutboxSignal : WakeSignal;
