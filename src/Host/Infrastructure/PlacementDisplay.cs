using System.Globalization;
using Bootcamp.Host.Resources;
using Bootcamp.Placements.Contracts;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Labels of placement values in the reader's language, for the follow-up page and the director's pages.</summary>
internal static class PlacementDisplay
{
    public static string Outcome(OutcomeCode code) =>
        PlacementText.ResourceManager.GetString("Outcome_" + code, CultureInfo.CurrentUICulture) ?? code.ToString();

    public static string Salary(SalaryBand band) =>
        PlacementText.ResourceManager.GetString("Salary_" + band, CultureInfo.CurrentUICulture) ?? band.ToString();

    /// <summary>"Full-time employee · Employer · start date", as the dashboard and the leads list show a current job.</summary>
    public static string Summary(PlacementDetails details) =>
        Outcome(details.Outcome) + (details.Employer is { } employer ? " · " + employer : "") + " · " + Display.ShortDate(details.StartDate);
}
