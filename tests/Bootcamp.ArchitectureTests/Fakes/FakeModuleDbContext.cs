using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Bootcamp.ArchitectureTests.Fakes;

internal sealed class FakeRow
{
    public Guid Id { get; set; }

    public string Label { get; set; } = "";
}

/// <summary>Broken on purpose (rule 3): a module context of schema "fake" that maps a table into "other_schema" and leaves
/// the migrations history table unconfigured (so in "public").</summary>
internal sealed class FakeModuleDbContext(DbContextOptions<FakeModuleDbContext> options, TimeProvider clock) : ModuleDbContext(options, clock)
{
    public const string ForeignSchema = "other_schema";

    public override string Schema => FakeModule.SchemaName;

    public static FakeModuleDbContext Create() =>
        new(new DbContextOptionsBuilder<FakeModuleDbContext>().UseNpgsql("Host=localhost").Options, TimeProvider.System);

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<FakeRow>(b =>
        {
            b.ToTable("x", ForeignSchema);
            b.HasKey(r => r.Id);
        });
}

/// <summary>Broken on purpose (rule 3): a migration that creates a table in another schema and one with no schema.</summary>
[DbContext(typeof(FakeModuleDbContext))]
[Migration("20260101000000_FakeForeignTable")]
internal sealed class FakeForeignTableMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(name: FakeModule.SchemaName);
        migrationBuilder.CreateTable(
            name: "stolen",
            schema: FakeModuleDbContext.ForeignSchema,
            columns: table => new { id = table.Column<Guid>(type: "uuid", nullable: false) },
            constraints: table => table.PrimaryKey("pk_stolen", x => x.id));
        migrationBuilder.CreateTable(
            name: "unqualified",
            columns: table => new { id = table.Column<Guid>(type: "uuid", nullable: false) });
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "stolen", schema: FakeModuleDbContext.ForeignSchema);
}
