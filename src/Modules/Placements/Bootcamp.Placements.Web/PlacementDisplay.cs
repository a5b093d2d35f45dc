using Bootcamp.Placements.Contracts;

namespace Bootcamp.Placements.Web;

internal static class PlacementDisplay
{
    /// <summary>"Full-time employee · Employer · start date", as the dashboard and the leads list show a current job.</summary>
    public static string Summary(PlacementDetails details) =>
        PlacementLabels.Outcome(details.Outcome) + (details.Employer is { } employer ? " · " + employer : "") + " · " + Display.ShortDate(details.StartDate);
}
