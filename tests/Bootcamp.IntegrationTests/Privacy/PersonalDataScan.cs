using Json.Schema;
using Npgsql;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>What the privacy tests read back: the export's published schema, and every place a person could still be
/// found after their erasure.</summary>
internal static class PersonalDataScan
{
    public static JsonSchema Schema()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "docs", "schemas", "personal-data-export.v1.schema.json");
            if (File.Exists(path))
            {
                return JsonSchema.FromText(File.ReadAllText(path));
            }
        }

        throw new InvalidOperationException("docs/schemas/personal-data-export.v1.schema.json not found above the test binaries.");
    }

    /// <summary>Every text-like column of every table of every schema that holds one of <paramref name="needles"/>.</summary>
    public static async Task<List<string>> HitsAsync(string connectionString, params string[] needles)
    {
        var hits = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea')
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (schema, table, column) in columns)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE EXISTS (SELECT 1 FROM unnest(@n) n WHERE strpos(lower(\"{column}\"::text), lower(n)) > 0)", connection);
            command.Parameters.AddWithValue("n", needles);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                hits.Add($"{schema}.{table}.{column}");
            }
        }

        return hits;
    }

    /// <summary>The .eml files under <paramref name="folder"/> that hold one of <paramref name="needles"/>, read both as
    /// written and decoded (a name in a base64 or quoted-printable part, or in an encoded header).</summary>
    public static List<string> FilesHolding(string folder, params string[] needles)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var raw = File.ReadAllText(file);
            var decoded = raw;
            if (file.EndsWith(".eml", StringComparison.Ordinal))
            {
                var mail = new SmtpReceivedMessage("", [], raw);
                decoded = string.Join("\n", mail.Subject, mail.TextBody, mail.HtmlBody, mail.Header("To"));
            }

            if (needles.Any(n => raw.Contains(n, StringComparison.OrdinalIgnoreCase) || decoded.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                hits.Add(Path.GetFileName(file));
            }
        }

        return hits;
    }
}
