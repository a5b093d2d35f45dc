using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    public const string ConnectionStringName = "Bootcamp";
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers a module's DbContext on the shared PostgreSQL data source, with its migrations history kept
    /// in the module's own schema.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddSharedDataSource();
        services.AddDbContext<TContext>((sp, options) => Configure(options, sp.GetRequiredService<NpgsqlDataSource>(), schema));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
    }

    /// <summary>Design-time (dotnet ef) options: no database is contacted to add a migration.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseNpgsql("Host=localhost;Database=bootcamp_design", npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
        return builder.Options;
    }

    internal static void AddSharedDataSource(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(NpgsqlDataSource)))
        {
            return;
        }

        services.AddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"No connection string 'ConnectionStrings:{ConnectionStringName}' is configured. Set ConnectionStrings__{ConnectionStringName}, " +
                    "run in Development to get a local PostgreSQL provisioned, or start one with `docker compose up db`.");
            }

            return new NpgsqlDataSourceBuilder(connectionString).Build();
        });
    }
}
