using Bootcamp.Messages.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Messages;

/// <summary>One database, one SMTP listener and one app for the messages tests, with a session of four participants
/// (and four waitlisted applicants) taught by <see cref="InstructorEmail"/>. The clock stays in the application window.</summary>
public sealed class MessagesFixture : IAsyncLifetime
{
    public const string InstructorEmail = "nadia.teacher@tests.bootcamp.local";

    public string Db { get; private set; } = "";

    public SmtpListener Smtp { get; private set; } = null!;

    public BootcampAppFactory App { get; private set; } = null!;

    public TaughtSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestPostgres.CreateDatabaseAsync(nameof(MessagesFixture) + Guid.NewGuid().ToString("N")[..6]);
        Smtp = SmtpListener.Start();
        // Several sessions are built in one app, each confirming its seats through the public link.
        var settings = JobTesting.With(Smtp.Settings);
        settings["Bootcamp:RateLimits:AnonymousPerMinute"] = "1000000";
        settings["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000000";
        // The catch-up pass runs when a test says so, never between a send and what the test reads next.
        settings["Messages:Delivery:Interval"] = "1.00:00:00";
        App = new BootcampAppFactory(Db, settings: settings) { Clock = new ManualClock(SessionApplicants.InWindow) };
        Session = await TaughtSessions.CreateAsync(App, 4, InstructorEmail);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(Db);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Delivery passes, as the jobs run them, until every message is complete: the one-off job a send enqueued
    /// may hold some rows meanwhile (a pass skips them), so this waits for its commit too.</summary>
    public Task DeliverAsync() => Eventually.MatchesAsync(async () =>
    {
        while (await SendAsync(new Bootcamp.Messages.Delivery.DeliverNextBatch()) > 0)
        {
            // Another batch.
        }

        return await Sql.CountAsync(Db, "SELECT count(*) FROM messages.messages WHERE completed_at IS NULL");
    }, open => open == 0);

    /// <summary>The compose form's send, as the browser posts it.</summary>
    public static Task<HttpResponseMessage> PostSendAsync(HttpClient client, Guid sessionId, string key, MessageText text, params RecipientGroup[] groups)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.IdempotencyKey", key),
            new("Input.SubjectFr", text.SubjectFr ?? ""),
            new("Input.BodyFr", text.BodyFr ?? ""),
            new("Input.SubjectEn", text.SubjectEn ?? ""),
            new("Input.BodyEn", text.BodyEn ?? ""),
        };
        fields.AddRange(groups.Select(g => new KeyValuePair<string, string>("Input.Groups", g.ToString())));
        return PostAsync(client, $"/Teach/Messages/Compose/{sessionId}?handler=Send", fields, $"/Teach/Messages/Compose/{sessionId}");
    }

    // Forms.PostAsync takes a dictionary; the groups are a repeated field.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, tokenFrom);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]),
        };
        return await client.SendAsync(request);
    }
}
