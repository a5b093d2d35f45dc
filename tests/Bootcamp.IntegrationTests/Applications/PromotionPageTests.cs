using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bootcamp.Applications.Contracts;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Staff offer a seat to a chosen waitlisted person from the detail page, with a logged reason.</summary>
public sealed class PromotionPageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_waitlisted_person_is_promoted_from_the_page_only_when_a_seat_is_free_and_with_a_reason()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, session, _) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 2, residents: 2);
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();
        var waiting = (await SessionApplicants.ListAsync(staff, sessionId)).Applications.Items.First(a => a.Status == ApplicationStatus.Waitlisted);
        var detail = $"/Staff/Applications/Detail?id={waiting.Id}";

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri(detail, UriKind.Relative)));
        Assert.Contains("Offrir une place", page, StringComparison.Ordinal);
        Assert.Contains("Je confirme cette exception au classement", page, StringComparison.Ordinal);

        // The session is full: the page refuses and says why.
        var full = await PostPromotionAsync(staff, waiting.Id, "Situation urgente", confirmed: true);
        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Contains("Toutes les places de cette session sont prises.", WebUtility.HtmlDecode(await full.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await PromotionsAsync(waiting.Id));

        // The venue found one more chair.
        var current = await staff.GetFromJsonAsync<SessionRequests.SessionView>($"/api/sessions/{sessionId}");
        session["capacity"] = 3;
        (await staff.PutAsJsonAsync($"/api/sessions/{sessionId}", new { details = session, version = current!.Version })).EnsureSuccessStatusCode();

        // No reason: the module's message, in the reader's language, next to the field.
        var noReason = await PostPromotionAsync(staff, waiting.Id, "", confirmed: true);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Matches(
            "id=\"promotion-reason-error\"[^>]*>" + Regex.Escape("Indiquez pourquoi une place est offerte à cette personne."),
            WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));

        // Not confirmed: nothing happens either.
        var unconfirmed = await PostPromotionAsync(staff, waiting.Id, "Situation urgente", confirmed: false);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Cochez la case pour confirmer cette exception au classement.", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await PromotionsAsync(waiting.Id));

        var promoted = await PostPromotionAsync(staff, waiting.Id, "Situation urgente reason-marker-9", confirmed: true);
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        var location = promoted.Headers.Location!.OriginalString;
        Assert.Contains("promoted=true", location, StringComparison.OrdinalIgnoreCase);

        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri(location, UriKind.RelativeOrAbsolute)));
        Assert.Contains("Place offerte.", after, StringComparison.Ordinal);
        Assert.Contains("reason-marker-9", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"promotion-form\"", after, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{waiting.Id}' AND status = 'Admitted'"));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.selection_decisions WHERE application_id = '{waiting.Id}' AND rule = 'StaffPromotion' AND reason = 'Situation urgente reason-marker-9' AND decided_by <> '00000000-0000-0000-0000-000000000000'"));
    }

    [Theory]
    [InlineData(null, "Indiquez pourquoi une place est offerte à cette personne.")]
    [InlineData("en-CA", "Say why this person is offered a seat.")]
    public async Task A_missing_reason_shows_the_localised_message(string? culture, string message)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, _, _) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 2, residents: 2);
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();
        var waiting = (await SessionApplicants.ListAsync(staff, sessionId)).Applications.Items.First(a => a.Status == ApplicationStatus.Waitlisted);

        var response = await PostPromotionAsync(staff, waiting.Id, "  ", confirmed: true, culture);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("id=\"promotion-reason-error\"[^>]*>" + Regex.Escape(message), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await PromotionsAsync(waiting.Id));
    }

    private static Task<HttpResponseMessage> PostPromotionAsync(HttpClient staff, Guid id, string reason, bool confirmed, string? culture = null)
    {
        var fields = new Dictionary<string, string> { ["Promotion.Reason"] = reason };
        if (confirmed)
        {
            fields["Promotion.Confirmed"] = "true";
        }

        return Forms.PostAsync(staff, $"/Staff/Applications/Detail?handler=Promote&id={id}", fields, tokenFrom: "/Staff/Applications", culture);
    }

    private Task<long> PromotionsAsync(Guid applicationId) => Sql.CountAsync(database.ConnectionString,
        $"SELECT count(*) FROM applications.selection_decisions WHERE application_id = '{applicationId}' AND rule = 'StaffPromotion'");
}
