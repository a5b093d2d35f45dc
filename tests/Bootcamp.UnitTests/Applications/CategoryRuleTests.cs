using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;

namespace Bootcamp.UnitTests.Applications;

public sealed class CategoryRuleTests
{
    private static readonly DateOnly AppliedOn = new(2026, 11, 22);

    [Theory]
    [InlineData(ResidencyStatus.RefugeeOrProtectedPerson, "2010-01-01", ApplicantCategory.Newcomer)]
    [InlineData(ResidencyStatus.AsylumClaimant, null, ApplicantCategory.Newcomer)]
    [InlineData(ResidencyStatus.PermanentResident, "2023-06-01", ApplicantCategory.Newcomer)]
    [InlineData(ResidencyStatus.PermanentResident, "2021-11-23", ApplicantCategory.Newcomer)] // 5 years less a day
    [InlineData(ResidencyStatus.PermanentResident, "2021-11-22", ApplicantCategory.EstablishedResident)] // exactly 5 years
    [InlineData(ResidencyStatus.Citizen, "1995-05-05", ApplicantCategory.EstablishedResident)]
    [InlineData(ResidencyStatus.Citizen, null, ApplicantCategory.EstablishedResident)]
    [InlineData(ResidencyStatus.TemporaryResidentStudyPermit, "2025-08-15", ApplicantCategory.Newcomer)]
    [InlineData(null, null, ApplicantCategory.EstablishedResident)]
    public void The_default_rule_is_refugee_or_asylum_claimant_or_arrived_within_five_years(ResidencyStatus? status, string? arrived, ApplicantCategory expected)
    {
        var arrivedOn = arrived is null ? (DateOnly?)null : DateOnly.Parse(arrived, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, CategoryRule.Categorise(status, arrivedOn, AppliedOn, new CategoryRuleOptions()));
    }

    [Fact]
    public void The_rule_is_configurable()
    {
        var options = new CategoryRuleOptions { YearsSinceArrival = 10, AlwaysNewcomer = [] };
        Assert.Equal(ApplicantCategory.EstablishedResident, CategoryRule.Categorise(ResidencyStatus.AsylumClaimant, null, AppliedOn, options));
        Assert.Equal(ApplicantCategory.Newcomer, CategoryRule.Categorise(ResidencyStatus.Citizen, new DateOnly(2018, 1, 1), AppliedOn, options));
    }
}
