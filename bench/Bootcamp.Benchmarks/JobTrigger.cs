using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Benchmarks;

/// <summary>Runs a recurring job now on the durable scheduler, as an operator would from its dashboard.</summary>
internal static class JobTrigger
{
    public static Task TriggerAsync(BenchHost host, string name)
    {
        host.App.Services.GetRequiredService<BootcampJobs>().Trigger(name);
        return Task.CompletedTask;
    }
}
