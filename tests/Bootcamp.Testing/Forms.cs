using System.Text.RegularExpressions;

namespace Bootcamp.Testing;

/// <summary>Posts a page's form as a browser would, with an antiforgery token freshly read from a page.</summary>
public static partial class Forms
{
    /// <param name="tokenFrom">The page to read the token from; by default the form's own address without its handler,
    /// which is the page the form is on.</param>
    /// <param name="culture">The language to answer this one request in, as the language cookie would set it.</param>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string url, Dictionary<string, string> fields, string? tokenFrom = null, string? culture = null)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, tokenFrom ?? Handler().Replace(url, ""));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        if (culture is not null)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("[?&]handler=[^&]*")]
    private static partial Regex Handler();
}
