using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.Shared.Persistence;

/// <summary>A DbContext that belongs to the platform rather than a module (identity, mail queue): it still has its own
/// schema and migrations, and the migrator applies them after the modules'.</summary>
public sealed record PlatformDbContext(Type DbContextType, string Schema);

public static class PlatformDbContextRegistration
{
    public static IServiceCollection AddPlatformDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddSharedDataSource();
        services.AddDbContext<TContext>((sp, options) =>
            ModuleDbContextRegistration.Configure(options, sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.AddSingleton(new PlatformDbContext(typeof(TContext), schema));
        return services;
    }
}
