using System.Text.RegularExpressions;
using Bootcamp.Placements.Dispatch;
using Npgsql;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>What only the Placements tests need of a follow-up world: running the dispatch and reading the mails it queued.</summary>
internal static partial class FollowUpTestData
{
    public static Task<FollowUpDispatchResult> DispatchAsync(BootcampAppFactory app) => PlacementsTestData.SendAsync(app, new DispatchDueFollowUps());

    /// <summary>The follow-up mails queued for <paramref name="email"/> of one category, oldest first.</summary>
    public static async Task<List<(string Key, string Subject, string Body)>> MailsAsync(string connectionString, string category, string? email = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT deduplication_key, subject, text_body FROM mail.outgoing_mails WHERE category = @c AND (@e::text IS NULL OR to_address = @e) ORDER BY created_at, deduplication_key",
            connection);
        command.Parameters.AddWithValue("c", category);
        command.Parameters.AddWithValue("e", (object?)email ?? DBNull.Value);
        var mails = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            mails.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return mails;
    }

    /// <summary>The private token in a follow-up mail's link.</summary>
    public static string TokenIn(string body) => LinkPattern().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No link in: " + body);

    [GeneratedRegex("/f/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
