using Microsoft.Extensions.Logging;

namespace Bootcamp.Shared.DemoData;

public sealed partial class DemoDataRunner(IEnumerable<IDemoDataSeeder> seeders, ILogger<DemoDataRunner> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            LogSeeding(seeder.GetType().Name);
            await seeder.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder}")]
    private partial void LogSeeding(string seeder);
}
