namespace Bootcamp.Shared.Jobs;

/// <summary>A durable job as a module writes one: an <c>internal sealed</c> class resolved from a DI scope of its own for
/// each run, so it can take scoped services such as the module's DbContext. It knows nothing of the scheduler: the store
/// only ever names it through <see cref="JobRunner"/> and the name it was registered under.</summary>
public interface IBootcampJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A one-off job about one thing: its only argument is that thing's id, looked up when it runs, so the store never
/// holds personal data, a stale copy, or a serialized type a later release cannot read.</summary>
public interface IBootcampJobForId
{
    Task RunAsync(Guid id, CancellationToken cancellationToken);
}
