using System.Net;
using System.Net.Http.Json;
using Bootcamp.Sessions.Certificates;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Enrolment;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>From the last evening to the certificate: the completion job decides, staff download and override, the
/// participant downloads from their private link, and anyone can verify a code — and learns nothing from a wrong one.</summary>
public sealed class CertificatePagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset AfterTheEnd = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_completer_gets_a_verifiable_certificate_by_staff_and_private_link_and_an_override_revokes_it()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        var renders = new CountingRenderer.Counter();
        // The private link and the verification page are rate-limited per address; this test is one busy visitor.
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" })
        {
            Clock = clock,
            ConfigureServices = services => services.AddScoped<ICertificateRenderer>(
                sp => new CountingRenderer(sp.GetRequiredService<CertificateRenderer>(), renders)),
        };
        var session = await TaughtSessions.CreateAsync(app, 2, "ada.teacher@tests.bootcamp.local");
        var (ada, bob) = (session.Participants[0], session.Participants[1]);
        var capstone = await AddCapstoneAsync(session);

        // Every evening: Ada present, Bob absent; Ada's capstone is done.
        clock.Set(AfterTheEnd);
        var staff = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.Staff); // November's cookie has expired by now
        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        var meetings = (await instructor.GetFromJsonAsync<List<MeetingRef>>($"/api/teaching/sessions/{session.SessionId}/meetings", SessionApplicants.Json))!;
        foreach (var meeting in meetings)
        {
            var saved = await instructor.PutAsJsonAsync($"/api/teaching/meetings/{meeting.Id}/attendance", new
            {
                entries = new[]
                {
                    new { participantId = ada.Id, mark = "Present", readVersion = 0u },
                    new { participantId = bob.Id, mark = "Absent", readVersion = 0u },
                },
            });
            saved.EnsureSuccessStatusCode();
        }

        (await instructor.PutAsJsonAsync($"/api/teaching/sessions/{session.SessionId}/progress",
            new { participantId = ada.Id, milestoneId = capstone, status = "Done", comment = "Application de covoiturage" })).EnsureSuccessStatusCode();

        // The completion job's work, as the job does it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DecideDueCompletions()) >= 1);
        }

        var completion = (await staff.GetFromJsonAsync<SessionCompletionDto>($"/api/sessions/{session.SessionId}/completion", SessionApplicants.Json))!;
        var adaOutcome = completion.Participants.Single(p => p.ParticipantId == ada.Id);
        Assert.Equal(CompletionOutcome.Completed, adaOutcome.Outcome);
        Assert.Equal(CompletionOutcome.NotCompleted, completion.Participants.Single(p => p.ParticipantId == bob.Id).Outcome);
        var code = adaOutcome.CertificateCode!;

        // Staff download it; the page lists it.
        var pdf = await staff.GetAsync(new Uri($"/api/participants/{ada.Id}/certificate?culture=en-CA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri($"/api/participants/{bob.Id}/certificate", UriKind.Relative))).StatusCode);
        var page = await staff.GetStringAsync(new Uri($"/Staff/Sessions/Completion?id={session.SessionId}", UriKind.Relative));
        Assert.Contains(code, page, StringComparison.Ordinal);

        // Ada, from her private link, without signing in.
        var visitor = app.CreateClient();
        var rendersBefore = renders.Count;
        var link = await visitor.GetStringAsync(new Uri($"/Public/Application/{session.TokenOf(ada)}", UriKind.Relative));
        Assert.Contains("data-testid=\"certificate-download\"", link, StringComparison.Ordinal);
        var bobsBefore = await visitor.GetStringAsync(new Uri($"/Public/Application/{session.TokenOf(bob)}", UriKind.Relative));
        Assert.DoesNotContain("certificate-download", bobsBefore, StringComparison.Ordinal);
        Assert.Equal(rendersBefore, renders.Count); // showing the link renders nothing; only the download does
        var own = await visitor.GetAsync(new Uri($"/Public/Application/{session.TokenOf(ada)}?handler=Certificate", UriKind.Relative));
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(rendersBefore + 1, renders.Count);
        var bobs = await visitor.GetStringAsync(new Uri($"/Public/Application/{session.TokenOf(bob)}", UriKind.Relative));
        Assert.DoesNotContain("certificate-download", bobs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/Public/Application/{session.TokenOf(bob)}?handler=Certificate", UriKind.Relative))).StatusCode);

        // Anyone verifies the code (case and dashes do not matter); a wrong code reveals nothing.
        var verified = await visitor.GetStringAsync(new Uri($"/verify/{code.ToLowerInvariant()}", UriKind.Relative));
        Assert.Contains("data-testid=\"certificate-valid\"", verified, StringComparison.Ordinal);
        Assert.Contains($"{ada.FirstName} {ada.LastName}", verified, StringComparison.Ordinal);
        var wrong = await visitor.GetAsync(new Uri("/verify/AAAA-BBBB-CCCC", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain(ada.LastName, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/certificates/{code}", UriKind.Relative))).StatusCode);

        // Staff override: Bob completed after all (documented make-up work); Ada's certificate is withdrawn.
        (await staff.PostAsJsonAsync($"/api/participants/{bob.Id}/completion", new { outcome = "Completed", reason = "Travaux de rattrapage remis et validés" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/participants/{ada.Id}/completion", new { outcome = "NotCompleted", reason = "Projet final non original" })).EnsureSuccessStatusCode();
        var noReason = await staff.PostAsJsonAsync($"/api/participants/{bob.Id}/completion", new { outcome = "NotCompleted", reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"/api/participants/{bob.Id}/certificate", UriKind.Relative))).StatusCode);
        var revoked = await visitor.GetStringAsync(new Uri($"/verify/{code}", UriKind.Relative));
        Assert.Contains("data-testid=\"certificate-invalid\"", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain(ada.LastName, revoked, StringComparison.Ordinal);
    }

    private static async Task<Guid> AddCapstoneAsync(TaughtSession session)
    {
        foreach (var (fr, en) in new[] { ("HTML et CSS", "HTML & CSS"), ("Git et GitHub", "Git & GitHub") })
        {
            (await session.Staff.PostAsJsonAsync($"/api/tracks/{session.TrackId}/milestones", new { nameFr = fr, nameEn = en, isCapstone = false })).EnsureSuccessStatusCode();
        }

        var response = await session.Staff.PostAsJsonAsync($"/api/tracks/{session.TrackId}/milestones", new { nameFr = "Projet final", nameEn = "Capstone", isCapstone = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private sealed record MeetingRef(Guid Id);

    private sealed record Created(Guid Id);
}

/// <summary>Passes each render to the real renderer and counts it.</summary>
internal sealed class CountingRenderer(CertificateRenderer inner, CountingRenderer.Counter counter) : ICertificateRenderer
{
    public async Task<CertificateFile?> RenderAsync(Participant participant, string? culture, CancellationToken cancellationToken)
    {
        counter.Add();
        return await inner.RenderAsync(participant, culture, cancellationToken);
    }

    internal sealed class Counter
    {
        private int _renders;

        public int Count => Volatile.Read(ref _renders);

        public void Add() => Interlocked.Increment(ref _renders);
    }
}
