using Bootcamp.Host.Api;
using Bootcamp.Host.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);

await builder.AddLocalDatabaseWhenNoneConfiguredAsync();
builder.AddBootcamp();

var app = builder.Build();

if (migrateOnly)
{
    await app.MigrateAsync();
    return;
}

await app.PrepareDatabaseAsync();
app.UseBootcamp();
app.MapBootcampApi();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
