using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bootcamp.Testing;

/// <summary>
/// A real, minimal SMTP server on 127.0.0.1 and a free port (RFC 5321 subset: EHLO/HELO, MAIL FROM, RCPT TO, DATA with
/// dot-unstuffing, RSET, NOOP, QUIT), so tests see exactly what the application put on the wire. It can be told to
/// refuse the next messages with a transient error, to exercise retries.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    public const string TransientFailureReply = "451 4.3.0 Temporary failure (test listener), try again later";

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<SmtpReceivedMessage> _messages = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Task _acceptLoop;
    private int _failNext;
    private int _refused;

    private SmtpListener()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Messages accepted so far, in arrival order.</summary>
    public IReadOnlyList<SmtpReceivedMessage> Messages => _messages.ToArray();

    /// <summary>Messages answered with <see cref="TransientFailureReply"/> instead of being accepted.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>The app settings that point the Host's mail sender at this listener.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = Host,
        ["Email:Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Email:PollInterval"] = "00:00:00.200",
    };

    public static SmtpListener Start() => new();

    /// <summary>The next <paramref name="count"/> messages are read in full, then refused with a 451 after DATA.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    /// <summary>Waits (polling, real time) until <paramref name="count"/> messages have arrived.</summary>
    public Task<IReadOnlyList<SmtpReceivedMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null) =>
        Eventually.MatchesAsync(() => Task.FromResult(Messages), m => m.Count >= count, timeout);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(_sessions.ToArray()).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _sessions.Add(Task.Run(() => ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            // The sender writes 7-bit content (quoted-printable/base64 bodies, RFC 2047 headers); Latin-1 keeps any byte as is.
            using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            var token = _stopping.Token;

            await writer.WriteLineAsync("220 localhost ESMTP Bootcamp test listener");
            string? from = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        await writer.WriteLineAsync("250 HELP");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        if (from is null)
                        {
                            await writer.WriteLineAsync("503 5.5.1 MAIL first");
                            break;
                        }

                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (from is null || recipients.Count == 0)
                        {
                            await writer.WriteLineAsync("503 5.5.1 MAIL and RCPT first");
                            break;
                        }

                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        if (TryConsumeFailure())
                        {
                            Interlocked.Increment(ref _refused);
                            await writer.WriteLineAsync(TransientFailureReply);
                        }
                        else
                        {
                            _messages.Enqueue(new SmtpReceivedMessage(from, recipients.ToArray(), data.ToString()));
                            await writer.WriteLineAsync("250 2.0.0 OK queued");
                        }

                        from = null;
                        recipients.Clear();
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the listener is stopping.
        }
    }

    private bool TryConsumeFailure()
    {
        while (true)
        {
            var current = Volatile.Read(ref _failNext);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _failNext, current - 1, current) == current)
            {
                return true;
            }
        }
    }

    // "MAIL FROM:<a@b> SIZE=123" → "a@b"
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

/// <summary>One accepted message: the SMTP envelope and the raw DATA, read with MimeKit (RFC 2047 encoded-word headers,
/// quoted-printable or base64 bodies, multipart/alternative).</summary>
public sealed class SmtpReceivedMessage(string mailFrom, IReadOnlyList<string> recipients, string raw)
{
    private readonly Lazy<MimeKit.MimeMessage> _parsed = new(() =>
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(raw));
        return MimeKit.MimeMessage.Load(stream);
    });

    /// <summary>The envelope sender (MAIL FROM).</summary>
    public string MailFrom { get; } = mailFrom;

    /// <summary>The envelope recipients (RCPT TO).</summary>
    public IReadOnlyList<string> Recipients { get; } = recipients;

    /// <summary>The message as received after DATA, dot-unstuffed, CRLF line endings.</summary>
    public string Raw { get; } = raw;

    /// <summary>The parsed message, for what the helpers below do not say.</summary>
    public MimeKit.MimeMessage Parsed => _parsed.Value;

    /// <summary>A top-level header (the message's or, for Content-*, its body's), unfolded and RFC 2047-decoded; null when absent.</summary>
    public string? Header(string name) => Parsed.Headers[name] ?? Parsed.Body?.Headers[name];

    public string? Subject => Parsed.Subject;

    public string? ContentLanguage => Header("Content-Language");

    /// <summary>The decoded text/plain body (the whole body when the message is not multipart), with \n line breaks.</summary>
    public string? TextBody => Parsed.TextBody?.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The decoded text/html part, if any.</summary>
    public string? HtmlBody => Parsed.HtmlBody?.Replace("\r\n", "\n", StringComparison.Ordinal);

    public string? ContentType => Parsed.Body?.Headers["Content-Type"];

    public override string ToString() => $"{MailFrom} -> {string.Join(", ", Recipients)}: {Subject}";
}
