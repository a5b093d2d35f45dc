using Bootcamp.Host.Infrastructure;
using Bootcamp.LocalPostgres;

var builder = WebApplication.CreateBuilder(args);
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);

try
{
    await builder.AddLocalDatabaseWhenNoneConfiguredAsync();
}
catch (PostgresBinariesNotFoundException ex)
{
    // The message is the advice; a stack trace would only bury it.
    Console.Error.WriteLine(ex.Message);
    Environment.ExitCode = 1;
    return;
}

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
