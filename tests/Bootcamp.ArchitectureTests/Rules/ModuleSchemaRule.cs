using System.Collections;
using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 3: each module owns its data. Its DbContext maps nothing outside the module's schema (tables, views, entity
/// splitting fragments, sequences, functions), its migrations history table lives in that schema, its migrations and model
/// snapshot touch only that schema, and no two modules share a schema.
/// </summary>
internal static class ModuleSchemaRule
{
    private const string HowToFix =
        "Each module owns exactly its own schema: map it without a schema (the ModuleDbContext sets the module's schema as the "
        + "default) or with the module's schema; if the data belongs to another module, ask that module through a request or keep "
        + "a copy fed by its integration events.";

    /// <summary>Checks a context's model and migrations-history configuration against the schema its module declares.</summary>
    public static IReadOnlyList<string> CheckContext(DbContext context, string expectedSchema)
    {
        var name = context.GetType().Name;
        var violations = new List<string>();
        if (context is not ModuleDbContext moduleContext)
        {
            violations.Add($"{name} does not derive from ModuleDbContext: derive from it so the module's schema is the default schema "
                + "and the outbox/inbox tables live in it.");
        }
        else if (moduleContext.Schema != expectedSchema)
        {
            violations.Add($"{name}.Schema is \"{moduleContext.Schema}\" but its module declares \"{expectedSchema}\": return the same "
                + "constant from both (ModuleDefinition.Schema and the DbContext's Schema).");
        }

        violations.AddRange(CheckModel(context.GetService<IDesignTimeModel>().Model, expectedSchema, name));
        violations.AddRange(CheckMigrationsHistory(context, expectedSchema));
        return violations;
    }

    /// <summary>Every schema-bound object of a model (a DbContext's, or a migration snapshot's).</summary>
    public static IReadOnlyList<string> CheckModel(IReadOnlyModel model, string expectedSchema, string source)
    {
        var violations = new List<string>();
        var defaultSchema = model.GetDefaultSchema();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entity.GetTableName() is { } table)
            {
                Compare(entity.GetSchema() ?? defaultSchema, "table", table, entity.DisplayName());
            }

            if (entity.GetViewName() is { } view)
            {
                Compare(entity.GetViewSchema() ?? defaultSchema, "view", view, entity.DisplayName());
            }

            foreach (var fragment in entity.GetMappingFragments())
            {
                Compare(fragment.StoreObject.Schema ?? defaultSchema, "split table", fragment.StoreObject.Name, entity.DisplayName());
            }
        }

        foreach (var sequence in model.GetSequences())
        {
            Compare(sequence.Schema ?? defaultSchema, "sequence", sequence.Name, null);
        }

        foreach (var function in model.GetDbFunctions().Where(f => !f.IsBuiltIn))
        {
            Compare(function.Schema ?? defaultSchema, "function", function.Name, null);
        }

        return violations;

        void Compare(string? schema, string kind, string objectName, string? entity)
        {
            if (schema == expectedSchema)
            {
                return;
            }

            var what = entity is null ? $"{kind} {Qualified(schema, objectName)}" : $"entity {entity} is mapped to {kind} {Qualified(schema, objectName)}";
            violations.Add($"{source}: {what}, outside the module's schema \"{expectedSchema}\"{NoSchemaNote(schema)}. {HowToFix}");
        }
    }

    /// <summary>The migrations history table must be in the module's schema, or modules would share (and fight over) one.</summary>
    public static IReadOnlyList<string> CheckMigrationsHistory(DbContext context, string expectedSchema)
    {
        var name = context.GetType().Name;
        var relational = context.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().SingleOrDefault();
        if (relational is null)
        {
            return [$"{name} is not configured for a relational provider, so its migrations history schema cannot be checked: configure it "
                + "with UseNpgsql (ModuleDbContextRegistration does)."];
        }

        var table = relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        var schema = relational.MigrationsHistoryTableSchema;
        return schema == expectedSchema
            ? []
            : [$"{name}: the migrations history table is {Qualified(schema, table)}, not in the module's schema \"{expectedSchema}\""
                + $"{NoSchemaNote(schema)}, so modules would share one history table and apply each other's migrations. Configure "
                + $"UseNpgsql(..., npgsql => npgsql.MigrationsHistoryTable(ModuleDbContextRegistration.MigrationsHistoryTable, \"{expectedSchema}\")) "
                + "— register the context with services.AddModuleDbContext<T>(Schema) and build design-time options with "
                + "ModuleDbContextRegistration.DesignTimeOptions<T>(Schema)."];
    }

    /// <summary>The DDL each migration runs (up and down) and each model snapshot stay inside the module's schema.</summary>
    public static IReadOnlyList<string> CheckMigrations(Assembly implementation, string expectedSchema)
    {
        var violations = new List<string>();
        var migrations = 0;
        var snapshots = 0;
        foreach (var type in AssemblyTypes.All(implementation).Where(t => t is { IsClass: true, IsAbstract: false }).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(Migration).IsAssignableFrom(type))
            {
                migrations++;
                var migration = (Migration)Activator.CreateInstance(type, nonPublic: true)!;
                migration.ActiveProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
                foreach (var operation in migration.UpOperations)
                {
                    CheckOperation(operation, $"migration {type.Name} (Up)", expectedSchema, violations);
                }

                foreach (var operation in migration.DownOperations)
                {
                    CheckOperation(operation, $"migration {type.Name} (Down)", expectedSchema, violations);
                }
            }
            else if (typeof(ModelSnapshot).IsAssignableFrom(type))
            {
                snapshots++;
                var snapshot = (ModelSnapshot)Activator.CreateInstance(type, nonPublic: true)!;
                violations.AddRange(CheckModel(snapshot.Model, expectedSchema, $"model snapshot {type.Name}"));
            }
        }

        var name = implementation.GetName().Name;
        if (migrations == 0 || snapshots != 1)
        {
            violations.Add($"{name} has {migrations} migration(s) and {snapshots} model snapshot(s): a module owns its migrations, so it "
                + "needs at least one migration and exactly one snapshot of its DbContext. Add them with scripts/add-migration.sh "
                + "(and delete stray snapshot copies).");
        }

        return violations;
    }

    /// <summary>No two modules share a schema, and none uses PostgreSQL's shared "public" schema.</summary>
    public static IReadOnlyList<string> CheckDistinctSchemas(IEnumerable<(string Module, string Schema)> modules)
    {
        var list = modules.ToList();
        var violations = new List<string>();
        foreach (var (module, schema) in list.Where(m => string.IsNullOrWhiteSpace(m.Schema) || m.Schema.Equals("public", StringComparison.OrdinalIgnoreCase)))
        {
            violations.Add($"{module} uses schema \"{schema}\": give it a schema of its own, named after the module "
                + "(\"public\" is PostgreSQL's shared default).");
        }

        foreach (var group in list.GroupBy(m => m.Schema, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            violations.Add($"{string.Join(", ", group.Select(m => m.Module))} share the schema \"{group.Key}\": each module owns its "
                + "data in a schema of its own. Give each one a distinct schema (a module: ModuleDefinition.Schema and its DbContext's Schema; "
                + "a platform context: its HasDefaultSchema and migrations history schema).");
        }

        return violations;
    }

    private static void CheckOperation(MigrationOperation operation, string source, string expectedSchema, List<string> violations)
    {
        var kind = operation.GetType().Name.Replace("Operation", "", StringComparison.Ordinal);
        if (operation is EnsureSchemaOperation or DropSchemaOperation)
        {
            var schema = operation is EnsureSchemaOperation ensure ? ensure.Name : ((DropSchemaOperation)operation).Name;
            if (schema != expectedSchema)
            {
                violations.Add($"{source}: {kind} \"{schema}\" touches a schema other than the module's \"{expectedSchema}\". {HowToFix}");
            }

            return;
        }

        foreach (var property in operation.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name.StartsWith("Old", StringComparison.Ordinal) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.PropertyType == typeof(string) && property.Name.EndsWith("Schema", StringComparison.Ordinal))
            {
                var schema = (string?)property.GetValue(operation);
                if (schema != expectedSchema)
                {
                    violations.Add($"{source}: {kind} {Describe(operation)} has {property.Name} {(schema is null ? "null" : $"\"{schema}\"")}, "
                        + $"outside the module's schema \"{expectedSchema}\"{NoSchemaNote(schema)}. {HowToFix} Then regenerate the migration "
                        + "with scripts/add-migration.sh.");
                }
            }
            else if (typeof(MigrationOperation).IsAssignableFrom(property.PropertyType))
            {
                if (property.GetValue(operation) is MigrationOperation nested)
                {
                    CheckOperation(nested, source, expectedSchema, violations);
                }
            }
            else if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                && property.GetValue(operation) is IEnumerable items)
            {
                foreach (var nested in items.OfType<MigrationOperation>())
                {
                    CheckOperation(nested, source, expectedSchema, violations);
                }
            }
        }
    }

    private static string Describe(MigrationOperation operation)
    {
        var type = operation.GetType();
        var table = type.GetProperty("Table")?.GetValue(operation) as string;
        var name = type.GetProperty("Name")?.GetValue(operation) as string;
        return string.Join(".", new[] { table, name }.Where(s => !string.IsNullOrEmpty(s)).Distinct()) is { Length: > 0 } described
            ? $"'{described}'"
            : "";
    }

    private static string Qualified(string? schema, string name) => $"\"{schema ?? "(no schema)"}\".\"{name}\"";

    private static string NoSchemaNote(string? schema) =>
        schema is null ? " (with no schema it lands in the connection's search_path, i.e. the shared \"public\" schema)" : "";
}
