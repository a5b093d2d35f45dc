using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Ready when this node's scheduler is started and not in standby, its store is the persistent (and, as configured,
/// clustered) PostgreSQL one, the store answers a query, and a clustered node sees its own check-in.
/// </summary>
public sealed class QuartzHealthCheck(ISchedulerFactory schedulers, IOptions<JobsOptions> options) : IHealthCheck
{
    private static readonly JobKey Probe = new("health-probe", "bootcamp-health");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return HealthCheckResult.Healthy("The scheduler does not run on this node (Quartz:Enabled=false).");
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var metadata = await scheduler.GetMetadata(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["instanceId"] = metadata.SchedulerInstanceId,
                ["status"] = metadata.Status.ToString(),
                ["persistent"] = metadata.JobStorePersistent,
                ["clustered"] = metadata.JobStoreClustered,
            };

            if (metadata.Status != SchedulerStatus.Running)
            {
                return HealthCheckResult.Unhealthy($"The scheduler is {metadata.Status}, not running.", data: data);
            }

            if (!metadata.JobStorePersistent || metadata.JobStoreClustered != settings.Clustered)
            {
                return HealthCheckResult.Unhealthy("The scheduler is not on the configured PostgreSQL job store.", data: data);
            }

            // One primary-key lookup: the store answers.
            await scheduler.Exists(Probe, cancellationToken);

            if (settings.Clustered)
            {
                var nodes = await scheduler.QueryClusterNodes(cancellationToken);
                data["nodes"] = nodes.Count(n => n.State == ClusterNodeState.Alive);
                var self = nodes.FirstOrDefault(n => n.IsCurrentNode);
                if (self is null || self.State == ClusterNodeState.Failed)
                {
                    return HealthCheckResult.Unhealthy("This node's cluster check-in is missing or failed.", data: data);
                }

                if (self.State == ClusterNodeState.Overdue)
                {
                    return HealthCheckResult.Degraded("This node's cluster check-in is overdue.", data: data);
                }
            }

            return HealthCheckResult.Healthy(data: data);
        }
        catch (Exception ex) when (ex is SchedulerException or DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The job store is unreachable.", ex);
        }
    }
}
