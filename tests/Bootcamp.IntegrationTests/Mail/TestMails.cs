using System.Globalization;
using Bootcamp.Mail;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>A template the way a module writes one: texts picked by the current UI culture, dates formatted by the
/// current culture, rendered per recipient through <see cref="MailCulture.Render{T}"/>.</summary>
internal static class TestMails
{
    public const string Category = "tests.seat-confirmed";
    public const string FrenchSubject = "Votre place est confirmée — à bientôt !";
    public const string EnglishSubject = "Your seat is confirmed — see you soon!";

    public static readonly DateOnly SessionStart = new(2027, 1, 4);

    public static OutgoingMail SeatConfirmed(string to, string name, string culture, string? deduplicationKey = null) =>
        MailCulture.Render(culture, () =>
        {
            var ui = CultureInfo.CurrentUICulture;
            var date = SessionStart.ToString("D", CultureInfo.CurrentCulture);
            return ui.TwoLetterISOLanguageName == "en"
                ? new OutgoingMail(
                    to, name, EnglishSubject,
                    $"Hello {name},\nYour evening session starts on {date}.\n",
                    $"<p>Hello {name},</p><p>Your evening session starts on <strong>{date}</strong>.</p>",
                    ui.Name, Category, deduplicationKey)
                : new OutgoingMail(
                    to, name, FrenchSubject,
                    $"Bonjour {name},\nVotre session du soir commence le {date}. Ça commence à 18 h 30.\n",
                    null,
                    ui.Name, Category, deduplicationKey);
        });

    public static string LongDate(string culture) => SessionStart.ToString("D", CultureInfo.GetCultureInfo(culture));
}
