using System.Globalization;
using System.Text;
using Bootcamp.Surveys.Persistence;

namespace Bootcamp.Surveys.Questionnaires;

/// <summary>The key a skill question is compared by, pre → post: readable in the results table, stable across versions.</summary>
internal static class SkillArea
{
    public static string From(string name, int? number = null)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var suffix = number is { } n ? "-" + n.ToString(CultureInfo.InvariantCulture) : "";
        var key = slug.ToString().Trim('-');
        key = key.Length == 0 ? "skill" : key;
        return key[..Math.Min(key.Length, Question.MaxKeyLength - suffix.Length)].TrimEnd('-') + suffix;
    }
}
