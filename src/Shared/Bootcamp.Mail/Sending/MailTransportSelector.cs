using Microsoft.Extensions.Options;

namespace Bootcamp.Mail.Sending;

/// <summary>What the Host runs as, captured when mail is registered.</summary>
internal sealed record MailHostEnvironment(bool IsDevelopment, string ContentRootPath);

/// <summary>
/// Picks how mail leaves the application: SMTP when <c>Email:Smtp:Host</c> is set; otherwise the pickup folder when
/// <c>Email:PickupDirectory</c> is set or in Development (default <c>&lt;repository root&gt;/.local/mail</c>); otherwise
/// nothing, and mails stay pending until SMTP is configured.
/// </summary>
internal sealed class MailTransportSelector(IOptions<MailOptions> options, IOptions<Texting.TextMessageOptions> texts, MailHostEnvironment environment)
{
    public const string SolutionFileName = "Bootcamp.sln";

    /// <summary>One transport per channel that can send: e-mail as below, SMS when <c>TextMessages</c> is on and has an
    /// endpoint.</summary>
    public IReadOnlyList<IMailTransport> SelectAll()
    {
        var all = new List<IMailTransport>();
        if (Select() is { } mail)
        {
            all.Add(mail);
        }

        if (texts.Value.IsUsable)
        {
            all.Add(new Texting.HttpTextMessageTransport(texts.Value, new HttpClient()));
        }

        return all;
    }

    public IMailTransport? Select()
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            return new SmtpMailTransport(settings);
        }

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            return new PickupDirectoryMailTransport(settings, Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath));
        }

        return environment.IsDevelopment ? new PickupDirectoryMailTransport(settings, DefaultPickupDirectory()) : null;
    }

    /// <summary><c>.local/mail</c> under the folder holding Bootcamp.sln (git-ignored), searched upwards from the content
    /// root and then from the binaries; the content root itself when the app runs outside the repository.</summary>
    internal string DefaultPickupDirectory()
    {
        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                {
                    return Path.Combine(directory.FullName, ".local", "mail");
                }
            }
        }

        return Path.Combine(environment.ContentRootPath, ".local", "mail");
    }
}
