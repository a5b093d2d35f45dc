using Bootcamp.Shared;

namespace Bootcamp.Mail.Sending;

/// <summary>Wakes the sender right after an enqueue.</summary>
internal sealed class MailSignal : WakeSignal;
