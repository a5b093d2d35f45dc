namespace Bootcamp.Shared.DemoData;

/// <summary>A module's contribution to the demo data. Seeders run in <see cref="Order"/> and must be idempotent:
/// a second run on a seeded database adds nothing.</summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
