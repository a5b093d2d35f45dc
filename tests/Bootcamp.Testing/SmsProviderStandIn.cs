using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Testing;

/// <summary>One message the stand-in accepted (or refused).</summary>
public sealed record SeenText(string From, string To, string Text, string? Authorization, string? IdempotencyKey, int Status);

/// <summary>
/// An SMS provider's HTTP API served by Kestrel on 127.0.0.1 and a free port, speaking both shapes the transport knows
/// (JSON with a bearer key, form fields with Basic auth). It refuses the first <see cref="FailFirst"/> messages with a 503,
/// so the queue's retries can be rehearsed, and records everything it saw.
/// </summary>
public sealed class SmsProviderStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private SmsProviderStandIn(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<SeenText> Seen { get; } = new();

    public int FailFirst { set => _failuresLeft = value; }

    public IEnumerable<SeenText> Accepted => Seen.Where(s => s.Status == StatusCodes.Status201Created);

    /// <summary>The settings that point the Host's text messages at this stand-in.</summary>
    public Dictionary<string, string?> Settings(string format = "Json") => new()
    {
        ["TextMessages:Enabled"] = "true",
        ["TextMessages:Endpoint"] = Endpoint.AbsoluteUri,
        ["TextMessages:Format"] = format,
        ["TextMessages:AccountId"] = "AC-stand-in",
        ["TextMessages:ApiKey"] = "stand-in-key",
        ["TextMessages:From"] = "+15145550000",
        ["Email:PollInterval"] = "00:00:00.200",
        ["Email:RetryDelay"] = "00:00:00.100",
    };

    public static async Task<SmsProviderStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "SmsProviderStandIn", EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new SmsProviderStandIn(app);
        app.MapPost("/messages", standIn.ReceiveAsync);
        await app.StartAsync();
        standIn.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/messages");
        return standIn;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        string from, to, text;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            (from, to, text) = (form["From"].ToString(), form["To"].ToString(), form["Body"].ToString());
        }
        else
        {
            using var json = await JsonDocument.ParseAsync(request.Body);
            var root = json.RootElement;
            (from, to, text) = (root.GetProperty("from").GetString() ?? "", root.GetProperty("to").GetString() ?? "", root.GetProperty("text").GetString() ?? "");
        }

        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status201Created;
        Seen.Enqueue(new SeenText(from, to, text, request.Headers.Authorization.ToString(), request.Headers["Idempotency-Key"].ToString(), status));
        return Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
