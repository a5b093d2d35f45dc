using System.Net;
using Bootcamp.Messages.Contracts;

namespace Bootcamp.IntegrationTests.Messages;

/// <summary>The compose page's three steps and the message page's progress, as staff see them (in French, the default).</summary>
public sealed class MessagePagesTests(MessagesFixture world) : IClassFixture<MessagesFixture>
{
    [Fact]
    public async Task The_form_counts_each_group_and_the_preview_shows_both_readers_and_who_is_reached()
    {
        var session = world.Session;
        var form = WebUtility.HtmlDecode(await session.Staff.GetStringAsync(new Uri($"/Teach/Messages/Compose/{session.SessionId}", UriKind.Relative)));
        Assert.Contains("data-testid=\"count-Enrolled\">(4 personnes)", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-Waitlisted\">(4 personnes)", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.IdempotencyKey\"", form, StringComparison.Ordinal);

        var preview = await Forms.PostAsync(session.Staff, $"/Teach/Messages/Compose/{session.SessionId}?handler=Preview", new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N"), ["Input.Groups"] = "Enrolled",
            ["Input.SubjectFr"] = "Portes ouvertes", ["Input.BodyFr"] = "Venez jeudi.\n\nAvec vos proches.",
        });
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Recevront ce message : 4 personnes", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"preview-fr\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"preview-en\"", html, StringComparison.Ordinal);
        Assert.Contains("This message was written in French only", html, StringComparison.Ordinal);
        Assert.Contains("Bonjour Amina,", html, StringComparison.Ordinal);
        Assert.Contains("Envoyer à 4 personnes", html, StringComparison.Ordinal);
        // The text travels to the send in the form, unchanged.
        Assert.Contains("value=\"Portes ouvertes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_with_no_text_and_no_group_is_sent_back_with_the_reasons()
    {
        var session = world.Session;
        var response = await Forms.PostAsync(session.Staff, $"/Teach/Messages/Compose/{session.SessionId}?handler=Preview", new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N"), ["Input.SubjectEn"] = "A subject alone",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choisissez au moins un groupe de destinataires.", html, StringComparison.Ordinal);
        Assert.Contains("Écrivez l'objet et le message dans au moins une langue.", html, StringComparison.Ordinal);
        Assert.Contains("Un objet doit avoir son message, et un message son objet.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"A subject alone\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_page_shows_queued_n_of_m_and_reloads_itself_until_all_are_queued()
    {
        var session = world.Session;
        var id = await world.SendAsync(new SendMessage(session.SessionId, [RecipientGroup.Enrolled],
            new MessageText("Horaire", "Nouvel horaire.", "Schedule", "New schedule."), Guid.NewGuid().ToString("N"), Guid.NewGuid()));

        var sending = await session.Staff.GetAsync(new Uri($"/Teach/Messages/Detail/{id}", UriKind.Relative));
        var during = WebUtility.HtmlDecode(await sending.Content.ReadAsStringAsync());
        Assert.Contains("Envoi en cours : 0 sur 4 mis en file", during, StringComparison.Ordinal);
        Assert.True(sending.Headers.TryGetValues("Refresh", out var refresh));
        Assert.Equal("5", Assert.Single(refresh));
        var history = await session.Staff.GetAsync(new Uri($"/Teach/Messages/{session.SessionId}", UriKind.Relative));
        Assert.True(history.Headers.Contains("Refresh"));

        await world.DeliverAsync();

        var sent = await session.Staff.GetAsync(new Uri($"/Teach/Messages/Detail/{id}", UriKind.Relative));
        var after = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("Envoyé : 4 sur 4 mis en file", after, StringComparison.Ordinal);
        Assert.False(sent.Headers.Contains("Refresh"));
        var english = session.Participants.Count(p => p.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        Assert.Contains($"data-testid=\"english\">{english}<", after, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"french\">{4 - english}<", after, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Participants[0].Email, after, StringComparison.OrdinalIgnoreCase);
    }
}
