using Bootcamp.Applications.Contracts;

namespace Bootcamp.Applications.Web;

/// <summary>What the applications' pages show beside the module's labels: audit actions and yes/no answers.</summary>
internal static class ApplicationsDisplay
{
    public static string AuditAction(string action) => action switch
    {
        AuditActions.ViewedSensitive => ApplicationsText.AuditViewedSensitive,
        AuditActions.Screened => ApplicationsText.AuditScreened,
        AuditActions.ExportedCsv => ApplicationsText.AuditExportedCsv,
        AuditActions.StatusLinkResent => ApplicationsText.AuditStatusLinkResent,
        _ => action,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => ApplicationsText.Yes,
        false => ApplicationsText.No,
        null => "—",
    };
}
