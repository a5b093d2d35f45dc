using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

/// <summary>Attendance's values in French and English (Labels/AttendanceLabels.resx).</summary>
public static class AttendanceLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(AttendanceLabels));

    public static string Mark(AttendanceMark mark, CultureInfo? culture = null) => EnumLabels.Of(Text, mark, culture);

    public static string Progress(ProgressStatus status, CultureInfo? culture = null) => EnumLabels.Of(Text, status, culture);

    public static string AtRisk(AtRiskReason reason, CultureInfo? culture = null) => EnumLabels.Of(Text, reason, culture);

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(AttendancePersonalData item, System.Globalization.CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);
}
