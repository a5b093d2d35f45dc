using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.UnitTests.Mail;

public class MailContentTests
{
    private static readonly SessionDetails Session = new()
    {
        Title = "Web <intro> & co",
        StartDate = new DateOnly(2027, 1, 12),
        EndDate = new DateOnly(2027, 3, 4),
        Days = [DayOfWeek.Thursday, DayOfWeek.Tuesday],
        StartsAt = new TimeOnly(18, 0),
        EndsAt = new TimeOnly(21, 0),
        Delivery = DeliveryMode.Hybrid,
        Location = "1 rue Sainte-Catherine, Montréal",
        OnlineLink = "https://meet.example.org/web",
    };

    [Fact]
    public void The_same_content_reads_as_text_and_as_accessible_html()
    {
        var mail = MailCulture.Render("en-CA", () => new MailContent()
            .Paragraph("Hello Ana,")
            .Facts(SessionLabels.Facts(Session))
            .Link("Confirm my seat", "https://bootcamp.example.org/Public/Application/abc")
            .Note("If it was not you, ignore this mail.")
            .ToMail("ana@example.org", "Ana", "A seat <for> you", "en-CA", "test", null));

        Assert.Contains("Hello Ana,", mail.TextBody);
        Assert.Contains("Session: Web <intro> & co", mail.TextBody);
        Assert.Contains("Evenings: Tuesday and Thursday, 6:00\u202fp.m. to 9:00\u202fp.m. (Montréal time)", mail.TextBody);
        Assert.Contains("Place: 1 rue Sainte-Catherine, Montréal", mail.TextBody);
        Assert.Contains("Online link: https://meet.example.org/web", mail.TextBody);
        Assert.Contains("Confirm my seat:\nhttps://bootcamp.example.org/Public/Application/abc", mail.TextBody);

        var html = mail.HtmlBody!;
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en-CA\">", html);
        Assert.Contains("<title>A seat &lt;for&gt; you</title>", html);
        Assert.Contains("<th scope=\"row\"", html);
        Assert.Contains("Web &lt;intro&gt; &amp; co", html);
        Assert.DoesNotContain("<intro>", html);
        Assert.Contains("<a href=\"https://bootcamp.example.org/Public/Application/abc\"", html);
        Assert.Contains(">Confirm my seat</a>", html);
    }

    [Fact]
    public void French_facts_use_french_days_hours_and_punctuation()
    {
        var text = MailCulture.Render("fr-CA", () => new MailContent().Facts(SessionLabels.Facts(Session)).Text());

        Assert.Contains("Soirs : mardi et jeudi, de 18 h 00 à 21 h 00 (heure de Montréal)", text);
        Assert.Contains("Dates : du mardi 12 janvier 2027 au jeudi 4 mars 2027", text);
        Assert.Contains("Lieu : 1 rue Sainte-Catherine, Montréal", text);
    }

    [Fact]
    public void An_online_session_names_its_link_and_no_place()
    {
        var online = Session with { Delivery = DeliveryMode.Online, Location = null };
        var facts = MailCulture.Render("en-CA", () => SessionLabels.Facts(online));

        Assert.DoesNotContain(facts, f => f.Label == "Place");
        Assert.Contains(facts, f => f.Label == "Online link" && f.Value == "https://meet.example.org/web");
    }
}

public class MailContentFromTextTests
{
    [Fact]
    public void A_text_only_mail_gets_paragraphs_and_links_in_its_html()
    {
        var html = Bootcamp.Mail.MailCulture.Render("fr-CA", () => Bootcamp.Mail.MailContent.HtmlFromText(
            "Bonjour Amélie,\nVotre session commence. Ça commence à 18 h 30.\n\nVotre lien :\nhttps://example.org/s/abc", "Sujet"));

        Assert.Contains("<p>Bonjour Amélie,<br>Votre session commence. Ça commence à 18 h 30.</p>", html);
        Assert.Contains("<a href=\"https://example.org/s/abc\"", html);
        Assert.Contains(">Votre lien</a>", html);
    }
}
