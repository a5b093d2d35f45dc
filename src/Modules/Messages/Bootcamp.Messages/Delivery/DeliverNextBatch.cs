using Bootcamp.Shared.Contracts;

namespace Bootcamp.Messages.Delivery;

/// <summary>One pass of delivery, in one transaction: claims up to a batch of pending recipients (of one message, or of
/// any), queues their mails and marks them. The jobs repeat it until a pass finds nothing.</summary>
internal sealed record DeliverNextBatch(Guid? MessageId = null) : ICommand<int>;

internal sealed class DeliveryOptions
{
    public const string Section = "Messages:Delivery";

    /// <summary>Mails queued per transaction: the progress the history page shows moves by this much.</summary>
    public int BatchSize { get; set; } = 25;

    /// <summary>How often the catch-up pass looks for messages left half-delivered (a Host stopped mid-way).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
