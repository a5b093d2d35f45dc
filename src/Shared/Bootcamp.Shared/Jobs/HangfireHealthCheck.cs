using System.Data.Common;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Ready when this node's Hangfire server is registered in the shared store with a heartbeat younger than three heartbeat
/// intervals: the store answers, the server started, and its processes are alive. A stopped server removes itself; a
/// hung or partitioned one stops heartbeating.
/// </summary>
public sealed class HangfireHealthCheck(JobStorage storage, JobsNode node, IOptions<JobsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return HealthCheckResult.Healthy("No job server runs on this node (Jobs:Enabled=false); other nodes run its jobs.");
        }

        try
        {
            // The monitoring API is synchronous.
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers(), cancellationToken);
            var prefix = node.Name + ":";
            var mine = servers.FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            var data = new Dictionary<string, object> { ["servers"] = servers.Count, ["node"] = node.Name };
            if (mine is null)
            {
                return HealthCheckResult.Unhealthy("This node's job server is not registered in the store (not started yet, or stopped).", data: data);
            }

            data["server"] = mine.Name;
            data["workers"] = mine.WorkersCount;
            if (mine.Heartbeat is not { } heartbeat)
            {
                return HealthCheckResult.Unhealthy("This node's job server has not sent a heartbeat.", data: data);
            }

            // Real time, as the store's heartbeats: tests freeze the application's TimeProvider, not Hangfire's clock.
            var age = DateTime.UtcNow - DateTime.SpecifyKind(heartbeat, DateTimeKind.Utc);
            data["heartbeatAgeSeconds"] = Math.Round(age.TotalSeconds, 1);
            return age > 3 * settings.HeartbeatInterval
                ? HealthCheckResult.Unhealthy("This node's job server heartbeat is stale.", data: data)
                : HealthCheckResult.Healthy(data: data);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The job store is unreachable.", ex);
        }
    }
}
