using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Applications;
using Bootcamp.Mail;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Sessions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>A private link acts as its holder (confirm a seat, answer a survey, a follow-up). Once its mail has left, the
/// database must hold no copy of it that works: the tables keep hashes only, and sent (or abandoned) mail keeps a
/// body with the link taken out.</summary>
public sealed partial class PrivateLinksAtRestTests
{
    private const string BaseUrl = "https://bootcamp.example.org";

    [Fact]
    public async Task Once_sent_no_live_private_link_of_an_application_a_survey_or_a_follow_up_can_be_read_from_any_table()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Once_sent_no_live_private_link_of_an_application_a_survey_or_a_follow_up_can_be_read_from_any_table));
        await using var smtp = SmtpListener.Start();
        try
        {
            var clock = new ManualClock(SessionApplicants.InWindow);
            var settings = new Dictionary<string, string?>(smtp.Settings)
            {
                ["Bootcamp:PublicBaseUrl"] = BaseUrl + "/",
                ["Jobs:Enabled"] = "false",
            };
            await using var app = new BootcampAppFactory(db, settings: settings) { Clock = clock };
            var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
            var trackId = await SessionRequests.CreateTrackAsync(staff);
            var sessionId = await SessionRequests.ScheduleAsync(staff, SessionRequests.ValidSession(trackId));
            using var visitor = app.CreateClient();

            // An application: its status link.
            var email = ApplicationRequests.UniqueEmail("amina");
            var applied = await ApplicationRequests.ApplyAsync(visitor, sessionId, ApplicationRequests.Body(email));
            Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
            var applicationId = (await applied.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("applicationId").GetGuid();
            var statusToken = await TokenMailedAsync(smtp, email, ApplicationLink());

            // An enrolment: the pre-programme survey link.
            var enrolled = await CompletionTestData.CreateAsync(app, ("Jorge", "Ramirez", "en-CA"));
            var surveyToken = await TokenMailedAsync(smtp, enrolled.Participants[0].Email, SurveyLink());

            // The links still work once their mails are sent: what is taken out is the stored copy, not the link.
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status <> 'Sent'"), n => n == 0);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{statusToken}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/surveys/{surveyToken}", UriKind.Relative))).StatusCode);

            // A completion: the first follow-up's link, a month after the end.
            await PlacementsTestData.PublishAsync(app, new SessionCompleted(
                sessionId, trackId, new DateOnly(2027, 1, 11), FollowUpWorld.EndDate, 1,
                [new Completer(Guid.NewGuid(), applicationId, "Amina", "Diallo", email, "fr-CA")]));
            clock.Set(FollowUpWorld.MorningOf(FollowUpWorld.EndDate.AddMonths(1)));
            await PlacementsTestData.SendAsync(app, new DispatchDueFollowUps());
            var followUpToken = await TokenMailedAsync(smtp, email, FollowUpLink());

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status <> 'Sent'"), n => n == 0);
            Assert.True(await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails") >= 3);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/f/{followUpToken}", UriKind.Relative))).StatusCode);

            foreach (var token in new[] { statusToken, surveyToken, followUpToken })
            {
                Assert.Empty(await ColumnsHoldingAsync(db, token));
            }

            // What the admin mailbox shows of a sent mail: the text, and where the link was.
            var mailbox = app.Services.GetRequiredService<IMailbox>();
            var confirmation = (await mailbox.RecentAsync(1, 50, CancellationToken.None)).Single(m => m.Category == "applications.confirmation");
            Assert.Contains("[lien retiré après l’envoi]", confirmation.TextBody, StringComparison.Ordinal);
            // The notice is public and stays; no other address of the site does.
            Assert.Contains(BaseUrl + "/Privacy", confirmation.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(BaseUrl, confirmation.TextBody.Replace(BaseUrl + "/Privacy", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var survey = (await mailbox.RecentAsync(1, 50, CancellationToken.None)).Single(m => m.Category == "surveys.invitation");
            Assert.Contains("[link removed after sending]", survey.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_mail_given_up_on_keeps_no_link_either_whether_its_address_was_unusable_or_the_server_never_answered()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_mail_given_up_on_keeps_no_link_either_whether_its_address_was_unusable_or_the_server_never_answered));
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Bootcamp:PublicBaseUrl"] = BaseUrl + "/",
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:PollInterval"] = "00:00:00.200",
                ["Email:MaxAttempts"] = "1",
            };
            await using var app = new BootcampAppFactory(db, settings: settings);
            var queue = app.Services.GetRequiredService<IMailQueue>();
            const string Secret = "a-token-that-must-not-stay-0123456789abcdef";
            OutgoingMail Mail(string to) => new(
                to, "Ana", "Votre lien", $"Bonjour,\nVotre lien : {BaseUrl}/s/{Secret}\nÀ bientôt.", $"<p><a href=\"{BaseUrl}/s/{Secret}\">{BaseUrl}/s/{Secret}</a></p>",
                "fr-CA", "tests.private-link");

            await queue.EnqueueAsync(Mail("not an address"));
            await queue.EnqueueAsync(Mail("ana@example.org"));

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Failed'"), n => n == 2);
            Assert.Empty(await ColumnsHoldingAsync(db, Secret));
            Assert.Equal(2, await Sql.CountAsync(db,
                "SELECT count(*) FROM mail.outgoing_mails WHERE text_body LIKE E'Bonjour,\\nVotre lien : [lien retiré après l’envoi]\\nÀ bientôt.\\n\\n-- \\n%' AND html_body LIKE '%[lien retiré après l’envoi]%'"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private static async Task<string> TokenMailedAsync(SmtpListener smtp, string email, Regex link)
    {
        var message = await Eventually.MatchesAsync(
            () => Task.FromResult(smtp.Messages.LastOrDefault(m => m.Recipients.Contains(email) && link.IsMatch(m.TextBody ?? ""))),
            m => m is not null, TimeSpan.FromSeconds(30));
        var token = link.Match(message!.TextBody!).Groups[1].Value;
        Assert.True(token.Length >= 43, token);
        return token;
    }

    /// <summary>Every column of every table, in any schema, whose text (or bytes) contains <paramref name="secret"/>.</summary>
    private static async Task<List<string>> ColumnsHoldingAsync(string connectionString, string secret)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'xml', 'bytea', 'ARRAY', 'USER-DEFINED')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        Assert.Contains(columns, c => c is { Schema: "mail", Column: "text_body" });
        var found = new List<string>();
        foreach (var (schema, table, column, type) in columns)
        {
            var value = type == "bytea"
                ? $"position(convert_to(@secret, 'UTF8') IN \"{column}\") > 0"
                : $"strpos(\"{column}\"::text, @secret) > 0";
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE {value}", connection);
            command.Parameters.AddWithValue("secret", secret);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                found.Add($"{schema}.{table}.{column}");
            }
        }

        return found;
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("/Public/Application/([A-Za-z0-9_-]+)")]
    private static partial Regex ApplicationLink();

    [GeneratedRegex("/s/([A-Za-z0-9_-]+)")]
    private static partial Regex SurveyLink();

    [GeneratedRegex("/f/([A-Za-z0-9_-]+)")]
    private static partial Regex FollowUpLink();
}
