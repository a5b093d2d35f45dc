using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Bootcamp.Host.Infrastructure;

internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable", ex);
        }
    }
}

internal static class HealthEndpoints
{
    public static void MapBootcampHealthChecks(this WebApplication app)
    {
        // Live: the process answers. Ready: its dependencies answer too.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous().LimitAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous().LimitAnonymous();
    }
}
