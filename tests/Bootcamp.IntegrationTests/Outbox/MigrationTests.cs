
namespace Bootcamp.IntegrationTests.Outbox;

public sealed class MigrationTests
{
    private static readonly string[] Schemas = ["applications", "attendance", "placements", "portfolios", "reporting", "sessions", "surveys"];

    [Fact]
    public async Task The_migrate_command_creates_each_module_schema_with_its_own_history_table()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync("migrate");
        try
        {
            var (exitCode, output) = await HostProcess.RunToEndAsync(db, "migrate");
            Assert.True(exitCode == 0, output);

            foreach (var schema in Schemas)
            {
                Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name = '__ef_migrations_history'"));
                Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name = 'outbox_messages'"));
            }

            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));

            // Running it again is harmless.
            var (again, againOutput) = await HostProcess.RunToEndAsync(db, "migrate");
            Assert.True(again == 0, againOutput);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }
}
