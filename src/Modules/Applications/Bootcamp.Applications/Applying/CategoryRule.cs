using Bootcamp.Applications.Contracts;

namespace Bootcamp.Applications.Applying;

internal sealed class CategoryRuleOptions
{
    public const string Section = "Applications:NewcomerRule";

    /// <summary>Arrived in Canada within this many years before applying counts as newcomer.</summary>
    public int YearsSinceArrival { get; set; } = 5;

    /// <summary>Statuses that make a person a newcomer whatever their arrival date.</summary>
    public IReadOnlyList<ResidencyStatus> AlwaysNewcomer { get; set; } = [ResidencyStatus.RefugeeOrProtectedPerson, ResidencyStatus.AsylumClaimant];
}

/// <summary>The configurable rule that puts an applicant in the newcomer or the established-resident category.</summary>
internal static class CategoryRule
{
    public static ApplicantCategory Categorise(ResidencyStatus? status, DateOnly? arrivedOn, DateOnly appliedOn, CategoryRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (status is { } s && options.AlwaysNewcomer.Contains(s))
        {
            return ApplicantCategory.Newcomer;
        }

        return arrivedOn is { } arrived && arrived > appliedOn.AddYears(-options.YearsSinceArrival)
            ? ApplicantCategory.Newcomer
            : ApplicantCategory.EstablishedResident;
    }
}
