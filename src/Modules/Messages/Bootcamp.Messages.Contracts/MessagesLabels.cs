using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Messages.Contracts;

/// <summary>Messages' values in French and English (Labels/MessagesLabels.resx).</summary>
public static class MessagesLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(MessagesLabels));

    public static string Group(RecipientGroup group, CultureInfo? culture = null) => EnumLabels.Of(Text, group, culture);

    public static string PersonalData(MessagesPersonalData item, CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);

    public static string Reason(ExclusionReason reason, CultureInfo? culture = null) => EnumLabels.Of(Text, reason, culture);
}
