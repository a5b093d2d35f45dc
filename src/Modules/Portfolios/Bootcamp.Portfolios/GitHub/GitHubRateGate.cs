namespace Bootcamp.Portfolios.GitHub;

/// <summary>
/// Remembers, for the whole process, that GitHub asked us to stop until a given moment, so no call is made before it: a
/// spent quota answers at once with "rate limited until …" instead of sleeping or spending a request to learn it again.
/// Waits without a reset time double each time in a row (secondary limits), capped at an hour.
/// </summary>
internal sealed class GitHubRateGate(TimeProvider clock)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);
    private readonly Lock _lock = new();
    private DateTimeOffset _until = DateTimeOffset.MinValue;
    private int _strikes;

    public DateTimeOffset? BlockedUntil
    {
        get
        {
            lock (_lock)
            {
                return _until > clock.GetUtcNow() ? _until : null;
            }
        }
    }

    public DateTimeOffset BlockUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            _until = until > _until ? until : _until;
            return _until;
        }
    }

    public DateTimeOffset BackOff(TimeSpan first)
    {
        lock (_lock)
        {
            _strikes = Math.Min(_strikes + 1, 12);
            var wait = TimeSpan.FromTicks(Math.Min(first.Ticks * (1L << (_strikes - 1)), MaxBackoff.Ticks));
            _until = clock.GetUtcNow() + wait;
            return _until;
        }
    }

    public void Passed()
    {
        lock (_lock)
        {
            _strikes = 0;
        }
    }
}
