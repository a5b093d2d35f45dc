using System.Text.RegularExpressions;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.Testing;

public sealed record SentMail(string To, string Subject, string TextBody, string Culture, string Category, string? DeduplicationKey);

/// <summary>Sessions whose participants were enrolled through Sessions' events, and the survey mails they received.</summary>
public static partial class SurveyTestData
{
    public const string BaseUrl = "https://bootcamp.example.org";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        // The tests send the reminder and completion commands themselves.
        ["Jobs:Enabled"] = "false",
        ["Bootcamp:PublicBaseUrl"] = BaseUrl + "/",
    };

    public static BootcampAppFactory App(DatabaseFixture database, ManualClock clock) =>
        new(database.ConnectionString, settings: Settings) { Clock = clock };

    /// <summary>Enrols the people (before the start: <see cref="CompletionTestData.BeforeStart"/>) and waits until each
    /// has their pre-survey mail.</summary>
    public static async Task<EnrolledSession> EnrolAsync(BootcampAppFactory app, params (string First, string Last, string Language)[] people)
    {
        var session = await CompletionTestData.CreateAsync(app, CompletionTestData.WebCurriculum, people);
        foreach (var person in session.Participants)
        {
            await MailAsync(app, person.Email, SurveyKind.PreProgramme);
        }

        return session;
    }

    /// <summary>The latest mail of that survey to that address (waiting for the outbox to deliver the event).</summary>
    public static async Task<SentMail> MailAsync(BootcampAppFactory app, string email, SurveyKind kind, string category = "surveys.invitation", int count = 1)
    {
        var mails = await Eventually.MatchesAsync(() => MailsAsync(app, email, category, kind), m => m.Count >= count);
        return mails[^1];
    }

    public static async Task<List<SentMail>> MailsAsync(BootcampAppFactory app, string email, string category, SurveyKind? kind = null)
    {
        var mails = new List<SentMail>();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT to_address, subject, text_body, culture, category, deduplication_key FROM mail.outgoing_mails WHERE to_address = @to AND category = @category ORDER BY created_at, deduplication_key",
            connection);
        command.Parameters.AddWithValue("to", email);
        command.Parameters.AddWithValue("category", category);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            mails.Add(new SentMail(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return kind is null ? mails : [.. mails.Where(m => KindOf(m) == kind)];
    }

    public static string TokenIn(SentMail mail)
    {
        var match = LinkPattern().Match(mail.TextBody);
        Assert.True(match.Success, "No survey link in: " + mail.TextBody);
        return match.Groups[1].Value;
    }

    /// <summary>Answers every question and submits: each skill area rated by <paramref name="rating"/>, the knowledge
    /// questions right when <paramref name="knowsAnswers"/>, the open questions with <paramref name="freeText"/>.</summary>
    public static async Task SubmitAsync(BootcampAppFactory app, string token, Func<string, int> rating, bool knowsAnswers = true, string freeText = "Merci pour tout.")
    {
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        var answers = form.Questions.Select(q => new AnswerInput(q.Id, q.Type switch
        {
            QuestionType.SkillRating => rating(q.SkillArea!).ToString(System.Globalization.CultureInfo.InvariantCulture),
            QuestionType.Knowledge => knowsAnswers ? q.CorrectChoice : q.Choices.First(c => c.Key != q.CorrectChoice).Key,
            QuestionType.EmploymentChoice => "seeking",
            QuestionType.EmploymentNumber => "1",
            _ => freeText,
        })).ToList();
        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, answers, Submit: true));
    }

    public static async Task<Guid> StaffAsync(BootcampAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = $"sam-{Guid.NewGuid():N}@tests.bootcamp.local";
        return (await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureUserAsync(email, "Sam Staff", Roles.Staff, "fr-CA", TestUsers.Password)).Id;
    }

    /// <summary>Records the withdrawal in Sessions and waits until Surveys has heard of it.</summary>
    public static async Task WithdrawAsync(BootcampAppFactory app, Guid participantId, Guid staff)
    {
        await CompletionTestData.SendAsync(app, new WithdrawParticipant(participantId, WithdrawalReason.Schedule, null, staff));
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM surveys.participants WHERE id = '{participantId}' AND withdrawn_on IS NOT NULL"),
            n => n == 1);
    }

    /// <summary>The private link in the latest invitation to that survey mailed to that address (waiting for it), or in
    /// the latest one <paramref name="which"/> accepts, such as a resent link.</summary>
    public static async Task<string> TokenAsync(BootcampAppFactory app, string email, SurveyKind kind, Func<SentMail, bool>? which = null)
    {
        which ??= _ => true;
        var mails = await Eventually.MatchesAsync(() => MailsAsync(app, email, "surveys.invitation", kind), m => m.Any(which));
        return TokenIn(mails.Last(which));
    }

    // The subjects say which survey a mail is about, in both languages.
    private static SurveyKind KindOf(SentMail mail) =>
        mail.Subject.Contains("anonyme", StringComparison.Ordinal) || mail.Subject.Contains("anonymous", StringComparison.Ordinal) ? SurveyKind.SessionEvaluation
        : mail.Subject.Contains("Avant", StringComparison.Ordinal) || mail.Subject.Contains("Before", StringComparison.Ordinal) ? SurveyKind.PreProgramme
        : SurveyKind.PostProgramme;

    // Any public address: only some of the apps here set the one the mails link to.
    [GeneratedRegex(@"/s/([A-Za-z0-9_-]{22,})")]
    private static partial Regex LinkPattern();
}
