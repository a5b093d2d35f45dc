using System.Diagnostics;

namespace Bootcamp.Benchmarks;

/// <summary>Latencies in milliseconds and the wall time they were taken in.</summary>
internal sealed class Samples
{
    private readonly double[] _sorted;

    public Samples(IEnumerable<double> milliseconds, TimeSpan wall)
    {
        _sorted = [.. milliseconds.Order()];
        Wall = wall;
    }

    public int Count => _sorted.Length;

    public TimeSpan Wall { get; }

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    /// <summary>Operations per second over the wall time (all workers together).</summary>
    public double Throughput => Count / Wall.TotalSeconds;

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}

/// <summary>A small Stopwatch harness: warm-up runs that are thrown away, then timed runs.</summary>
internal static class Measure
{
    /// <summary>Runs <paramref name="operation"/> sequentially: <paramref name="warmup"/> untimed, then
    /// <paramref name="iterations"/> timed one by one.</summary>
    public static async Task<Samples> SequentialAsync(int warmup, int iterations, Func<Task> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation();
        }

        var times = new List<double>(iterations);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new Samples(times, wall.Elapsed);
    }

    public static Samples Sequential(int warmup, int iterations, Action operation) =>
        SequentialAsync(warmup, iterations, () =>
        {
            operation();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    /// <summary><paramref name="total"/> operations shared by <paramref name="workers"/> concurrent workers, each taking
    /// the next index until none is left. Every operation's latency is recorded; the wall time covers them all.</summary>
    public static async Task<Samples> ConcurrentAsync<TWorker>(
        int total, int workers, Func<int, Task<TWorker>> openWorker, Func<TWorker, int, Task> operation)
        where TWorker : IAsyncDisposable
    {
        var states = new TWorker[workers];
        for (var w = 0; w < workers; w++)
        {
            states[w] = await openWorker(w);
        }

        try
        {
            var next = -1;
            var latencies = new List<double>[workers];
            using var go = new ManualResetEventSlim();
            var wall = new Stopwatch();
            var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                var mine = latencies[w] = new List<double>(total / workers + 1);
                go.Wait();
                int index;
                while ((index = Interlocked.Increment(ref next)) < total)
                {
                    var start = Stopwatch.GetTimestamp();
                    await operation(states[w], index);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            })).ToArray();
            wall.Start();
            go.Set();
            await Task.WhenAll(tasks);
            wall.Stop();
            return new Samples(latencies.SelectMany(l => l), wall.Elapsed);
        }
        finally
        {
            foreach (var state in states)
            {
                await state.DisposeAsync();
            }
        }
    }
}
