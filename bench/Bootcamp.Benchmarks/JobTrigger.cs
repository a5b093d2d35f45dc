using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bootcamp.Benchmarks;

/// <summary>Runs a recurring job now on the durable scheduler, as an operator would from its console.</summary>
internal static class JobTrigger
{
    public static async Task TriggerAsync(BenchHost host, string name)
    {
        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(name));
    }
}
