using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

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
            // SmtpClient sends 7-bit content (quoted-printable/base64 bodies, RFC 2047 headers); Latin-1 keeps any byte as is.
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

/// <summary>One accepted message: the SMTP envelope and the raw DATA, with helpers that decode what SmtpClient emits
/// (RFC 2047 encoded-word headers, quoted-printable or base64 bodies, multipart/alternative).</summary>
public sealed partial class SmtpReceivedMessage(string mailFrom, IReadOnlyList<string> recipients, string raw)
{
    private readonly Lazy<MimePart> _parsed = new(() => MimePart.Parse(raw));

    /// <summary>The envelope sender (MAIL FROM).</summary>
    public string MailFrom { get; } = mailFrom;

    /// <summary>The envelope recipients (RCPT TO).</summary>
    public IReadOnlyList<string> Recipients { get; } = recipients;

    /// <summary>The message as received after DATA, dot-unstuffed, CRLF line endings.</summary>
    public string Raw { get; } = raw;

    private MimePart Parsed => _parsed.Value;

    /// <summary>A top-level header, unfolded and RFC 2047-decoded; null when absent.</summary>
    public string? Header(string name) => Parsed.Header(name) is { } value ? MimePart.DecodeEncodedWords(value) : null;

    public string? Subject => Header("Subject");

    public string? ContentLanguage => Header("Content-Language");

    /// <summary>The decoded text/plain body (the whole body when the message is not multipart).</summary>
    public string? TextBody => Parsed.FindBody("text/plain");

    /// <summary>The decoded text/html part, if any.</summary>
    public string? HtmlBody => Parsed.FindBody("text/html");

    public string? ContentType => Parsed.Header("Content-Type");

    public override string ToString() => $"{MailFrom} -> {string.Join(", ", Recipients)}: {Subject}";

    private sealed partial class MimePart
    {
        private readonly List<(string Name, string Value)> _headers;
        private readonly string _body;

        private MimePart(List<(string Name, string Value)> headers, string body)
        {
            _headers = headers;
            _body = body;
        }

        public static MimePart Parse(string raw)
        {
            var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
            var split = text.IndexOf("\n\n", StringComparison.Ordinal);
            var headerBlock = split < 0 ? text : text[..split];
            var body = split < 0 ? "" : text[(split + 2)..];
            var headers = new List<(string, string)>();
            foreach (var line in headerBlock.Split('\n'))
            {
                if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
                {
                    var (name, value) = headers[^1];
                    headers[^1] = (name, value + line); // unfold: the line break goes, the whitespace stays
                }
                else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                {
                    headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
                }
            }

            return new MimePart(headers, body);
        }

        public string? Header(string name) =>
            _headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

        public string? FindBody(string mediaType)
        {
            var contentType = Header("Content-Type") ?? "text/plain";
            var type = contentType.Split(';')[0].Trim();
            if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = Parameter(contentType, "boundary") ?? throw new InvalidOperationException("multipart without boundary");
                return Parts(boundary).Select(p => p.FindBody(mediaType)).FirstOrDefault(b => b is not null);
            }

            return string.Equals(type, mediaType, StringComparison.OrdinalIgnoreCase) ? DecodeBody(contentType) : null;
        }

        private IEnumerable<MimePart> Parts(string boundary)
        {
            var delimiter = "--" + boundary;
            var sections = _body.Split('\n').ToList();
            var current = (List<string>?)null;
            foreach (var line in sections)
            {
                if (line.StartsWith(delimiter, StringComparison.Ordinal))
                {
                    if (current is not null)
                    {
                        yield return Parse(string.Join("\n", current));
                    }

                    current = line.StartsWith(delimiter + "--", StringComparison.Ordinal) ? null : [];
                    if (current is null)
                    {
                        yield break;
                    }
                }
                else
                {
                    current?.Add(line);
                }
            }
        }

        private string DecodeBody(string contentType)
        {
            var charset = Encoding.GetEncoding(Parameter(contentType, "charset") ?? "us-ascii");
            var transfer = (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
            // SmtpClient ends the data with a line break of its own before the terminating dot; line breaks that are part
            // of the text are encoded (=0A, base64), so trailing raw ones are transport framing.
            var body = _body.TrimEnd('\n');
            var bytes = transfer switch
            {
                "base64" => Convert.FromBase64String(new string(body.Where(c => !char.IsWhiteSpace(c)).ToArray())),
                "quoted-printable" => QuotedPrintable(body, underscoreIsSpace: false),
                _ => Encoding.Latin1.GetBytes(body),
            };
            return charset.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
        {
            var bytes = new List<byte>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '=' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++; // soft line break
                }
                else if (c == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
                {
                    bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                }
                else if (c == '\n')
                {
                    bytes.Add((byte)'\r');
                    bytes.Add((byte)'\n');
                }
                else
                {
                    bytes.Add(underscoreIsSpace && c == '_' ? (byte)' ' : (byte)c);
                }
            }

            return bytes.ToArray();
        }

        private static string? Parameter(string headerValue, string name)
        {
            var match = Regex.Match(headerValue, ";\\s*" + Regex.Escape(name) + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)", RegexOptions.IgnoreCase);
            return !match.Success ? null : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[1].Value;
        }

        /// <summary>RFC 2047: =?charset?B|Q?text?= words; whitespace between two adjacent encoded words is dropped.</summary>
        public static string DecodeEncodedWords(string value)
        {
            var joined = AdjacentEncodedWords().Replace(value, "$1$2");
            return EncodedWord().Replace(joined, m =>
            {
                var charset = Encoding.GetEncoding(m.Groups["charset"].Value);
                var payload = m.Groups["text"].Value;
                var bytes = string.Equals(m.Groups["encoding"].Value, "B", StringComparison.OrdinalIgnoreCase)
                    ? Convert.FromBase64String(payload)
                    : QuotedPrintable(payload, underscoreIsSpace: true);
                return charset.GetString(bytes);
            });
        }

        [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
        private static partial Regex EncodedWord();

        [GeneratedRegex(@"(\?=)\s+(=\?)")]
        private static partial Regex AdjacentEncodedWords();
    }
}
