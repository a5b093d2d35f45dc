namespace Bootcamp.Mail.Texting;

/// <summary>Configuration section <c>TextMessages</c>: the SMS channel, off by default (decisions/0025).</summary>
internal sealed class TextMessageOptions
{
    public const string Section = "TextMessages";

    /// <summary>Off: nothing is queued for SMS and nobody is texted, whatever they consented to.</summary>
    public bool Enabled { get; set; }

    /// <summary>The provider's HTTP endpoint that sends one message per POST.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Json</c>: <c>{"from","to","text"}</c> with <c>Authorization: Bearer ApiKey</c>. <c>Form</c>: form fields
    /// <c>From</c>, <c>To</c>, <c>Body</c> with HTTP Basic <c>AccountId:ApiKey</c> (the shape of Twilio's Messages API).</summary>
    public TextMessageFormat Format { get; set; } = TextMessageFormat.Json;

    public string? AccountId { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The sending number or sender id the provider gave.</summary>
    public string? From { get; set; }

    /// <summary>Two segments: long enough for a sentence and a private link, short enough to cost two messages at most.</summary>
    public int MaxSegments { get; set; } = 2;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsUsable => Enabled && Uri.TryCreate(Endpoint, UriKind.Absolute, out var url) && url.Scheme is "https" or "http";
}

internal enum TextMessageFormat
{
    Json,
    Form,
}
