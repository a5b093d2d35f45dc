using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Bootcamp.IntegrationTests.Accounts;

internal static partial class TeamTestData
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
        ["Bootcamp:PublicBaseUrl"] = "https://bootcamp.example.org/",
    };

    public static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.org";

    public static Task<HttpResponseMessage> InviteAsync(HttpClient client, string email, string name, params string[] roles)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = name, ["Culture"] = "en-CA" };
        return PostWithRolesAsync(client, "/Staff/Team/Invite", fields, roles);
    }

    /// <summary>Checkbox lists post one field per ticked box, which the dictionary of Forms cannot hold.</summary>
    public static async Task<HttpResponseMessage> PostWithRolesAsync(HttpClient client, string url, Dictionary<string, string> fields, IEnumerable<string> roles, string? tokenFrom = null)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, tokenFrom ?? url);
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Concat(roles.Select(r => new KeyValuePair<string, string>("Roles", r)))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(pairs));
    }

    /// <summary>The newest invitation link mailed to <paramref name="email"/>, as a path of the site.</summary>
    public static async Task<string?> InvitationLinkAsync(string connectionString, string email)
    {
        var links = await InvitationLinksAsync(connectionString, email);
        return links.Count == 0 ? null : links[^1];
    }

    public static async Task<IReadOnlyList<string>> InvitationLinksAsync(string connectionString, string email)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT text_body FROM mail.outgoing_mails WHERE to_address = @to AND category = 'identity.invitation' ORDER BY created_at, id", connection);
        command.Parameters.AddWithValue("to", email);
        var links = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (Link().Match(reader.GetString(0)) is { Success: true } match)
            {
                links.Add(match.Groups[1].Value);
            }
        }

        return links;
    }

    public static async Task<HttpResponseMessage> AcceptAsync(HttpClient anonymous, string link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query);
        return await Forms.PostAsync(anonymous, "/Account/Invitation", new()
        {
            ["user"] = query["user"]!, ["Token"] = query["token"]!, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        }, tokenFrom: link);
    }

    public static Guid IdFrom(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location!.OriginalString;
        var start = location.IndexOf("id=", StringComparison.Ordinal) + 3;
        return Guid.Parse(location.AsSpan(start, 36));
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex(@"https://bootcamp\.example\.org(/Account/Invitation\?user=[0-9a-f-]+&token=[A-Za-z0-9_%\-]+)")]
    private static partial Regex Link();
}
