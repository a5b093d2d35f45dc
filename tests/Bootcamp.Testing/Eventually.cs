namespace Bootcamp.Testing;

public static class Eventually
{
    /// <summary>Waits for background work (the outbox) to reach a state, polling; fails with the last observation.</summary>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> observe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        do
        {
            last = await observe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Condition not met in time; last observed: {last}");
    }
}
