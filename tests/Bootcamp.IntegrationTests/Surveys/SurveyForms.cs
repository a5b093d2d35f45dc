using System.Net;
using System.Text.RegularExpressions;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>Fills the survey form as a person would.</summary>
internal static partial class SurveyForms
{
    /// <summary>Every question of the form answered: the last choice of each radio group (5 for ratings), 2 for numbers,
    /// a sentence for free text.</summary>
    public static Dictionary<string, string> AnswerEverything(string html)
    {
        var answers = new Dictionary<string, string>();
        foreach (Match radio in Radio().Matches(html))
        {
            answers[WebUtility.HtmlDecode(radio.Groups["name"].Value)] = WebUtility.HtmlDecode(radio.Groups["value"].Value);
        }

        foreach (Match number in NumberInput().Matches(html))
        {
            answers[WebUtility.HtmlDecode(number.Groups["name"].Value)] = "2";
        }

        foreach (Match text in TextArea().Matches(html))
        {
            answers[WebUtility.HtmlDecode(text.Groups["name"].Value)] = "Plus de projets en équipe, s’il vous plaît.";
        }

        return answers;
    }

    [GeneratedRegex("<input type=\"radio\" id=\"[^\"]*\" name=\"(?<name>Answers\\[[0-9a-f-]{36}\\])\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Radio();

    [GeneratedRegex("name=\"(?<name>Answers\\[[0-9a-f-]{36}\\])\" type=\"number\"")]
    private static partial Regex NumberInput();

    [GeneratedRegex("<textarea id=\"[^\"]*\" name=\"(?<name>Answers\\[[0-9a-f-]{36}\\])\"")]
    private static partial Regex TextArea();
}
