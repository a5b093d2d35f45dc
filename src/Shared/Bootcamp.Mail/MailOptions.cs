namespace Bootcamp.Mail;

/// <summary>Configuration section <c>Email</c>.</summary>
internal sealed class MailOptions
{
    public const string Section = "Email";

    /// <summary>Runs the background sender. Off: mails are still queued, nothing is sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sender address, with an optional display name.</summary>
    public string From { get; set; } = "Bootcamp <no-reply@bootcamp.local>";

    /// <summary>How often the queue is checked for due mails besides the wake-up on enqueue (other instances' mails,
    /// retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delivery attempts before a mail is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first failed attempt; doubled after each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of the wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where .eml files are written when no SMTP host is set. Default in Development:
    /// <c>&lt;repository root&gt;/.local/mail</c>. Setting it explicitly turns the pickup folder on in any environment.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Wait after failure number <paramref name="attempts"/> (1-based): RetryDelay·2^(attempts−1), at most
    /// MaxRetryDelay.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var seconds = RetryDelay.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelay.TotalSeconds));
    }
}

internal sealed class SmtpOptions
{
    /// <summary>The SMTP server; empty means "no SMTP" (pickup folder in Development, mails stay pending elsewhere).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Authenticates when set (with <see cref="Password"/>).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS.</summary>
    public bool UseTls { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
