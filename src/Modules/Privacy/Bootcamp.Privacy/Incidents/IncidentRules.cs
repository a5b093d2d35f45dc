using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Resources;

namespace Bootcamp.Privacy.Incidents;

/// <summary>What makes an incident's record coherent: it says what happened and to which information, its dates are
/// in order and not in the future, and a notification is never dated before the incident was known.</summary>
internal static class IncidentRules
{
    public const int MaxPeople = 1_000_000;

    public static Dictionary<string, string[]> Check(IncidentDetails? details, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (details is null)
        {
            errors[nameof(IncidentDetails.Summary)] = [PrivacyMessages.IncidentSummaryRequired];
            return errors;
        }

        Text(errors, nameof(IncidentDetails.Summary), details.Summary, ConfidentialityIncident.MaxText, required: true, PrivacyMessages.IncidentSummaryRequired);
        Text(errors, nameof(IncidentDetails.DataConcerned), details.DataConcerned, ConfidentialityIncident.MaxShort, required: true, PrivacyMessages.IncidentDataRequired);
        Text(errors, nameof(IncidentDetails.RiskAssessment), details.RiskAssessment, ConfidentialityIncident.MaxText, required: false, "");
        Text(errors, nameof(IncidentDetails.Measures), details.Measures, ConfidentialityIncident.MaxText, required: false, "");

        if (!Enum.IsDefined(details.Risk))
        {
            errors[nameof(IncidentDetails.Risk)] = [PrivacyMessages.IncidentRiskRequired];
        }

        if (details.PeopleConcerned is < 0 or > MaxPeople)
        {
            errors[nameof(IncidentDetails.PeopleConcerned)] = [PrivacyMessages.IncidentPeopleCount];
        }

        if (details.DiscoveredOn is not { } discovered)
        {
            errors[nameof(IncidentDetails.DiscoveredOn)] = [PrivacyMessages.IncidentDiscoveredRequired];
            return errors;
        }

        if (discovered > today)
        {
            errors[nameof(IncidentDetails.DiscoveredOn)] = [PrivacyMessages.IncidentDateInFuture];
        }

        if (details.OccurredOn is { } occurred && (occurred > discovered || occurred > today))
        {
            errors[nameof(IncidentDetails.OccurredOn)] = [PrivacyMessages.IncidentOccurredAfterDiscovered];
        }

        Notified(errors, nameof(IncidentDetails.CommissionNotifiedOn), details.CommissionNotifiedOn, discovered, today);
        Notified(errors, nameof(IncidentDetails.PeopleNotifiedOn), details.PeopleNotifiedOn, discovered, today);
        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required, string requiredMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = [requiredMessage];
            }
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [string.Format(System.Globalization.CultureInfo.CurrentCulture, PrivacyMessages.IncidentTextTooLong, max)];
        }
    }

    private static void Notified(Dictionary<string, string[]> errors, string field, DateOnly? on, DateOnly discovered, DateOnly today)
    {
        if (on is { } date && (date < discovered || date > today))
        {
            errors[field] = [PrivacyMessages.IncidentNotifiedOutOfRange];
        }
    }
}
