using System.Text;
using System.Text.Json;
using Npgsql;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>The mails Attendance queued, read straight from the queue with their calendar files, and those files read
/// back with a real iCalendar parser (Ical.Net).</summary>
internal static class CalendarMails
{
    public sealed record Queued(string To, string Subject, string Text, string Key, string Culture, IReadOnlyList<(string Name, string Type, string? Content)> Files)
    {
        public string Ics => Files.Single(f => f.Name.EndsWith(".ics", StringComparison.Ordinal)).Content!;

        public Ical.Net.Calendar Calendar => Ical.Net.Calendar.Load(Ics)!;
    }

    public static async Task<List<Queued>> OfAsync(string connectionString, string category, string? toContaining = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT to_address, subject, text_body, deduplication_key, culture, attachments::text FROM mail.outgoing_mails " +
            "WHERE category = $1 AND ($2::text IS NULL OR strpos(to_address, $2) > 0) ORDER BY created_at, deduplication_key", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = category });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)toContaining ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync();
        var mails = new List<Queued>();
        while (await reader.ReadAsync())
        {
            var files = new List<(string, string, string?)>();
            if (!reader.IsDBNull(5))
            {
                foreach (var file in JsonDocument.Parse(reader.GetString(5)).RootElement.EnumerateArray())
                {
                    var content = file.GetProperty("content").GetString();
                    files.Add((file.GetProperty("fileName").GetString()!, file.GetProperty("contentType").GetString()!,
                        content is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(content))));
                }
            }

            mails.Add(new Queued(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), files));
        }

        return mails;
    }
}
