using System.Text.RegularExpressions;
using Bootcamp.Sessions.Completion;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>The certificate of completion is a PDF in the participant's language, fonts embedded, carrying a
/// code the public page verifies. The text is read back from the PDF as a person's viewer would.</summary>
public sealed partial class CertificateTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
        ["Bootcamp:PublicBaseUrl"] = "https://bootcamp.example.org/",
    };

    [Fact]
    public async Task A_completer_gets_a_French_or_English_certificate_with_their_name_track_dates_and_code_in_embedded_fonts()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var (session, codes) = await DecidedSessionAsync(app);
        var amina = session.Participants.Single(p => p.FirstName == "Amina");
        var code = codes[amina.Id];

        var french = await CompletionTestData.SendAsync(app, new GetCertificate(amina.Id));
        var english = await CompletionTestData.SendAsync(app, new GetCertificate(amina.Id, "en-CA"));

        Assert.Equal("application/pdf", french.ContentType);
        Assert.Equal($"attestation-{code}.pdf", french.FileName);
        Assert.Equal($"certificate-{code}.pdf", english.FileName);

        var frText = Collapse(await PdfText.ExtractAsync(french.Content));
        Assert.Contains("Attestation de réussite", frText);
        Assert.Contains("Nous attestons que", frText);
        Assert.Contains("Amina Haddad-Benali", frText);
        Assert.Contains("a réussi le parcours", frText);
        Assert.Contains("Développement web", frText);
        Assert.Contains("du 11 janvier 2027 au 17 février 2027", frText);
        Assert.Contains($"Code de vérification : {code}", frText);
        Assert.Contains($"https://bootcamp.example.org/verify/{code}", frText);
        Assert.DoesNotContain("Certificate of completion", frText);

        var enText = Collapse(await PdfText.ExtractAsync(english.Content));
        Assert.Contains("Certificate of completion", enText);
        Assert.Contains("This certifies that", enText);
        Assert.Contains("Amina Haddad-Benali", enText);
        Assert.Contains("Web development", enText);
        Assert.Contains("from January 11, 2027 to February 17, 2027", enText);
        Assert.Contains($"Verification code: {code}", enText);
        Assert.DoesNotContain("Attestation de réussite", enText);

        foreach (var pdf in new[] { french.Content, english.Content })
        {
            // pdffonts: name, type, encoding, emb, sub, uni, object, id — after two header lines.
            var fonts = (await PdfText.FontsAsync(pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, line =>
            {
                Assert.Contains("DejaVu", line);
                Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", line); // embedded, subset, with a Unicode map
            });
        }

        var info = await PdfText.InfoAsync(french.Content);
        Assert.Matches(@"Title:\s+Attestation de réussite — Amina Haddad-Benali", info);
        Assert.Matches(@"Page size:\s+792 x 612 pts", info); // Letter, landscape
    }

    [Fact]
    public async Task The_certificate_comes_in_the_participants_language_by_default_and_only_for_completers()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var (session, codes) = await DecidedSessionAsync(app);
        var jorge = session.Participants.Single(p => p.FirstName == "Jorge");
        var dina = session.Participants.Single(p => p.FirstName == "Dina");

        var jorgeText = Collapse(await PdfText.ExtractAsync((await CompletionTestData.SendAsync(app, new GetCertificate(jorge.Id))).Content));
        Assert.Contains("Certificate of completion", jorgeText);
        Assert.Contains("Jorge Ramírez", jorgeText);

        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetCertificate(dina.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetCertificate(Guid.NewGuid())));
        Assert.Null(await CompletionTestData.SendAsync(app, new FindCertificateForApplication(dina.ApplicationId)));
        Assert.Null(await CompletionTestData.SendAsync(app, new FindCertificateForApplication(Guid.NewGuid())));
        var viaLink = await CompletionTestData.SendAsync(app, new FindCertificateForApplication(jorge.ApplicationId, "fr-CA"));
        Assert.Contains("Attestation de réussite", Collapse(await PdfText.ExtractAsync(viaLink!.Content)));
        Assert.Equal($"attestation-{codes[jorge.Id]}.pdf", viaLink.FileName);

        Assert.Equal(codes[jorge.Id], (await CompletionTestData.SendAsync(app, new GetCertificateAvailability(jorge.ApplicationId)))?.VerificationCode);
        Assert.Null(await CompletionTestData.SendAsync(app, new GetCertificateAvailability(dina.ApplicationId)));
        Assert.Null(await CompletionTestData.SendAsync(app, new GetCertificateAvailability(Guid.NewGuid())));
    }

    [Fact]
    public async Task The_public_check_accepts_the_code_however_it_is_typed_and_says_nothing_about_unknown_codes()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var (session, codes) = await DecidedSessionAsync(app);
        var amina = session.Participants.Single(p => p.FirstName == "Amina");
        var code = codes[amina.Id];

        var typed = code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var verified = await CompletionTestData.SendAsync(app, new VerifyCertificate(typed));

        Assert.NotNull(verified);
        Assert.Equal(code, verified.Code);
        Assert.Equal("Amina Haddad-Benali", verified.FullName);
        Assert.Equal(session.TrackId, verified.Track.Id);
        Assert.Equal((CompletionTestData.Start, CompletionTestData.End), (verified.StartDate, verified.EndDate));
        Assert.True(verified.Valid);
        Assert.Null(await CompletionTestData.SendAsync(app, new VerifyCertificate("ZZZZ-ZZZZ-ZZZZ")));
        Assert.Null(await CompletionTestData.SendAsync(app, new VerifyCertificate("not a code")));
        Assert.Null(await CompletionTestData.SendAsync(app, new VerifyCertificate("")));
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM sessions.certificates WHERE code = '{code.Replace("-", "", StringComparison.Ordinal)}'"));
    }

    /// <summary>A session decided as the job would leave it: Amina (fr-CA) and Jorge (en-CA) completed, Dina did not. The
    /// rows are written directly so these tests depend only on certificates, not on attendance.</summary>
    private static async Task<(EnrolledSession Session, Dictionary<Guid, string> Codes)> DecidedSessionAsync(BootcampAppFactory app)
    {
        var session = await CompletionTestData.CreateAsync(app,
            ("Amina", "Haddad-Benali", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Dina", "Petrova", "fr-CA"));
        var codes = new Dictionary<Guid, string>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();
        var now = new DateTimeOffset(2027, 2, 18, 15, 0, 0, TimeSpan.Zero);
        foreach (var participant in session.Participants)
        {
            var completed = participant.FirstName != "Dina";
            var outcome = completed ? CompletionOutcome.Completed : CompletionOutcome.NotCompleted;
            db.Completions.Add(new ParticipantCompletion
            {
                ParticipantId = participant.Id, SessionId = session.SessionId, Outcome = outcome, RuleOutcome = outcome,
                AttendanceRate = completed ? 0.9m : 0.5m, CapstoneDone = true, DecidedAt = now,
            });
            if (completed)
            {
                var certificate = DecideDueCompletionsHandler.NewCertificate(participant.Id, now);
                db.Certificates.Add(certificate);
                codes[participant.Id] = Bootcamp.Sessions.Certificates.CertificateCode.Format(certificate.Code);
            }
        }

        (await db.Sessions.FindAsync(session.SessionId))!.CompletionDecidedAt = now;
        await db.SaveChangesAsync();
        return (session, codes);
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
