using System.Text.Json;

namespace Bootcamp.Mail.Persistence;

/// <summary>
/// A queued mail's attachments, kept in its row (column <c>attachments</c>, jsonb) so the mail and its files are written
/// by one INSERT … ON CONFLICT and can never be sent half-made. Once the mail is sent or given up on, only the names and
/// types stay (what was attached, for the admin and a person's export); the content goes, like a body's private links.
/// </summary>
internal sealed record StoredAttachment(string FileName, string ContentType, string? Content)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Serialize(IReadOnlyList<MailAttachment>? attachments) =>
        attachments is null || attachments.Count == 0
            ? null
            : JsonSerializer.Serialize(attachments.Select(a => new StoredAttachment(a.FileName, a.ContentType, Convert.ToBase64String(a.Content))).ToList(), Json);

    public static IReadOnlyList<StoredAttachment> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredAttachment>>(json, Json) ?? [];

    /// <summary>The same list with the files' content taken out; null stays null.</summary>
    public static string? WithoutContent(string? json) =>
        json is null ? null : JsonSerializer.Serialize(Parse(json).Select(a => a with { Content = null }).ToList(), Json);

    public byte[]? Bytes() => Content is null ? null : Convert.FromBase64String(Content);
}
