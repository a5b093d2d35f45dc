using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Privacy.Contracts;

/// <summary>Privacy's values in French and English (Labels/PrivacyLabels.resx).</summary>
public static class PrivacyLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(PrivacyLabels));

    public static string Kind(PrivacyRequestKind kind, CultureInfo? culture = null) => EnumLabels.Of(Text, kind, culture);

    public static string Channel(PrivacyRequestChannel channel, CultureInfo? culture = null) => EnumLabels.Of(Text, channel, culture);

    public static string State(PrivacyRequestState state, CultureInfo? culture = null) => EnumLabels.Of(Text, state, culture);

    public static string Risk(IncidentRisk risk, CultureInfo? culture = null) => EnumLabels.Of(Text, risk, culture);

    public static string State(IncidentState state, CultureInfo? culture = null) => EnumLabels.Of(Text, state, culture);

    public static string Rule(RetentionRule rule, CultureInfo? culture = null) => EnumLabels.Of(Text, rule, culture);
}
