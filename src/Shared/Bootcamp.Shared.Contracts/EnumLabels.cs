using System.Globalization;
using System.Resources;

namespace Bootcamp.Shared.Contracts;

/// <summary>
/// How a module's labels resource is read: the key of a value is "Enum_Member", with "_Form" for another form of the
/// same label (a report's plural heading). Each module keeps its labels in its Contracts so that its pages, its e-mails
/// and the sponsor report say a value the same way; an architecture test checks every member has both languages.
/// </summary>
public static class EnumLabels
{
    public static string Of<TEnum>(ResourceManager labels, TEnum value, CultureInfo? culture = null, string? form = null)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(labels);
        var key = typeof(TEnum).Name + "_" + value + (form is null ? "" : "_" + form);
        return labels.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? value.ToString();
    }

    /// <summary>The resource behind a Contracts project's Labels/&lt;Name&gt;.resx.</summary>
    public static ResourceManager Resource(Type labelsClass)
    {
        ArgumentNullException.ThrowIfNull(labelsClass);
        return new ResourceManager(labelsClass.Namespace + ".Labels." + labelsClass.Name, labelsClass.Assembly);
    }
}
