using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 3: each module's data stays in its own schema (model, migrations history, migrations), one schema per module.</summary>
public class ModuleSchemaTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DbContext_as_registered_maps_only_its_own_schema(string module)
    {
        var definition = BootcampAssemblies.Module(module);
        using var registered = ModuleContexts.CreateAsRegistered(definition);

        var violations = ModuleSchemaRule.CheckContext(registered.Context, definition.Schema);

        Violations.AssertNone(violations, $"{module}: the DbContext the application runs with stays in schema \"{definition.Schema}\"");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DbContext_from_design_time_factory_maps_only_its_own_schema(string module)
    {
        var definition = BootcampAssemblies.Module(module);
        using var context = ModuleContexts.CreateDesignTime(definition);

        var violations = ModuleSchemaRule.CheckContext(context, definition.Schema);

        Violations.AssertNone(violations, $"{module}: the DbContext migrations are generated from stays in schema \"{definition.Schema}\"");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_migrations_and_snapshot_stay_in_its_own_schema(string module)
    {
        var definition = BootcampAssemblies.Module(module);

        var violations = ModuleSchemaRule.CheckMigrations(definition.ImplementationAssembly, definition.Schema);

        Violations.AssertNone(violations, $"{module}: migrations create and alter objects in schema \"{definition.Schema}\" only");
    }

    [Fact]
    public void No_two_modules_share_a_schema()
    {
        var violations = ModuleSchemaRule.CheckDistinctSchemas(BootcampAssemblies.Modules.Select(m => (m.Name, m.Schema)));

        Violations.AssertNone(violations, "one schema per module");
    }

    [Fact]
    public void No_platform_DbContext_shares_a_schema_with_a_module_or_another_context()
    {
        // Platform contexts (identity, jobs…) live beside the modules in the same database: their schemas must not collide.
        var platform = ModuleContexts.PlatformContextSchemas(BootcampAssemblies.ModuleAssemblies());

        var violations = ModuleSchemaRule.CheckDistinctSchemas(
            BootcampAssemblies.Modules.Select(m => (m.Name, m.Schema)).Concat(platform.Select(p => (p.Owner, p.Schema ?? ""))));

        Violations.AssertNone(violations, "one schema per module and per platform DbContext");
    }

    [Fact]
    public void Rule_fails_when_a_DbContext_maps_a_table_in_another_schema_or_keeps_its_history_elsewhere()
    {
        using var context = FakeModuleDbContext.Create();

        var violations = ModuleSchemaRule.CheckContext(context, FakeModule.SchemaName);

        Violations.AssertReported(violations, "entity FakeRow is mapped to table \"other_schema\".\"x\"", "outside the module's schema \"fake\"",
            "map it without a schema");
        Violations.AssertReported(violations, "the migrations history table is \"(no schema)\".\"__EFMigrationsHistory\"", "MigrationsHistoryTable(");
        Violations.AssertNotReported(violations, "outbox_messages");
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void Rule_fails_when_a_migration_creates_a_table_outside_the_module_schema()
    {
        var violations = ModuleSchemaRule.CheckMigrations(typeof(FakeModuleDbContext).Assembly, FakeModule.SchemaName);

        Violations.AssertReported(violations, "migration FakeForeignTableMigration (Up): CreateTable 'stolen' has Schema \"other_schema\"", "scripts/add-migration.sh");
        Violations.AssertReported(violations, "migration FakeForeignTableMigration (Up): CreateTable 'unqualified' has Schema null", "search_path");
        Violations.AssertReported(violations, "migration FakeForeignTableMigration (Down): DropTable 'stolen' has Schema \"other_schema\"");
        Violations.AssertNotReported(violations, "EnsureSchema");
        Violations.AssertReported(violations, "1 migration(s) and 0 model snapshot(s)", "scripts/add-migration.sh");
    }

    [Fact]
    public void Rule_fails_when_two_modules_share_a_schema()
    {
        var violations = ModuleSchemaRule.CheckDistinctSchemas([("Sessions", "sessions"), ("Attendance", "sessions"), ("Surveys", "public")]);

        Violations.AssertReported(violations, "Sessions, Attendance share the schema \"sessions\"", "Give each one a distinct schema");
        Violations.AssertReported(violations, "Surveys uses schema \"public\"", "a schema of its own");
    }
}
