using System.Globalization;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Shared.Contracts;
using static Bootcamp.UnitTests.Placements.PlacementPeople;

namespace Bootcamp.UnitTests.Placements;

/// <summary>The one computation of every placement figure (docs/FIGURES.md).</summary>
public sealed class PlacementFiguresTests
{
    private static readonly HashSet<Guid> EveryoneConsented = [];

    private static PlacementFiguresDto Compute(IReadOnlyList<PersonFacts> people, PlacementPopulation population = PlacementPopulation.ReportingConsent) =>
        PlacementFigures.Compute(people, EveryoneConsented, population);

    [Fact]
    public void Nobody_to_count_gives_no_rate_rather_than_zero_percent()
    {
        var f = Compute([]);
        Assert.Equal((0, 0, 0, 0), (f.Completers, f.Denominator, f.Placed, f.PlacedWithinThreeMonths));
        Assert.Equal((null, null, null, null), (f.PlacedRate, f.PlacedWithinThreeMonthsRate, f.InFieldRate, f.MedianDaysToJob));
        Assert.Equal(Enum.GetValues<TimeToJobBucket>(), f.Buckets.Select(b => b.Bucket));
        Assert.All(f.Buckets, b => Assert.Equal((0, (decimal?)null), (b.Count, b.ShareOfPlaced)));
        Assert.Equal(Enum.GetValues<OutcomeCode>(), f.Outcomes.Select(o => o.Outcome));
        Assert.All(f.Outcomes, o => Assert.Null(o.ShareOfDenominator));
        Assert.Empty(f.Waves);
    }

    [Fact]
    public void When_nobody_may_work_the_denominator_is_zero_and_no_rate_is_given()
    {
        var f = Compute(Times(3, NotAuthorised));
        Assert.Equal((3, 3, 0), (f.Completers, f.NotAuthorisedToWork, f.Denominator));
        Assert.Equal((null, null), (f.PlacedRate, f.PlacedWithinThreeMonthsRate));
        Assert.Equal(0, f.Outcomes.Sum(o => o.Count));
    }

    [Fact]
    public void The_employment_rate_is_the_placed_over_those_who_may_work_and_rounds_half_away_from_zero()
    {
        // The staff report's 103 / 139 of the issue: 74 %; and exactly 74.5 % reads 75 on every screen.
        var f = Compute([.. Times(103, () => Placed(TimeToJobBucket.WithinOneMonth)), .. Times(36, Silent), .. Times(4, NotAuthorised)]);
        Assert.Equal((143, 4, 139, 103), (f.Completers, f.NotAuthorisedToWork, f.Denominator, f.Placed));
        Assert.Equal(103m / 139m, f.PlacedRate);
        Assert.Equal("74\u00A0%", Percentage.Format(f.PlacedRate, CultureInfo.GetCultureInfo("fr-CA")));

        var half = Compute([.. Times(149, () => Placed(TimeToJobBucket.OneToTwoMonths)), .. Times(51, Silent)]);
        Assert.Equal(0.745m, half.PlacedRate);
        Assert.Equal("75%", Percentage.Format(half.PlacedRate, CultureInfo.GetCultureInfo("en-CA")));
        Assert.Equal("75\u00A0%", Percentage.Format(half.PlacedRate, CultureInfo.GetCultureInfo("fr-CA")));
    }

    [Fact]
    public void Time_to_job_is_to_the_first_job_and_the_field_is_the_current_jobs()
    {
        // Found a job outside the field within a month, then a tech job five months after the end.
        var changed = Placed(TimeToJobBucket.WithinOneMonth, inField: false, later: (End.AddMonths(5), true));
        var f = Compute([changed, Placed(TimeToJobBucket.OverThreeMonths, inField: false), Answered(OutcomeCode.StillSeeking), Silent()]);
        Assert.Equal((4, 2, 1, 1), (f.Denominator, f.Placed, f.PlacedWithinThreeMonths, f.InField));
        Assert.Equal([1, 0, 0, 1], f.Buckets.Select(b => b.Count));
        Assert.Equal((0.25m, 0.5m, 0.5m), (f.PlacedWithinThreeMonthsRate!.Value, f.PlacedRate!.Value, f.InFieldRate!.Value));
        Assert.Equal((10m + (End.AddMonths(4).DayNumber - End.DayNumber)) / 2m, f.MedianDaysToJob);
        Assert.Equal((2, 1, 1), (f.CountOf(OutcomeCode.FullTimeEmployee), f.CountOf(OutcomeCode.StillSeeking), f.CountOf(OutcomeCode.NonReporting)));
        Assert.Equal(f.Denominator, f.Outcomes.Sum(o => o.Count));
    }

    [Fact]
    public void The_population_is_a_parameter_the_published_one_leaves_out_who_did_not_consent()
    {
        List<PersonFacts> people = [.. Times(6, () => Placed(TimeToJobBucket.WithinOneMonth)), .. Times(4, Silent)];
        var withdrew = new HashSet<Guid> { people[0].Person.ApplicationId, people[9].Person.ApplicationId };

        var published = PlacementFigures.Compute(people, withdrew, PlacementPopulation.ReportingConsent);
        var director = PlacementFigures.Compute(people, withdrew, PlacementPopulation.EveryoneFollowed);

        Assert.Equal((8, 0, 5, 5m / 8m), (published.Completers, published.WithoutReportingConsent, published.Placed, published.PlacedRate!.Value));
        Assert.Equal((10, 2, 6, 0.6m), (director.Completers, director.WithoutReportingConsent, director.Placed, director.PlacedRate!.Value));
        Assert.Equal(8, published.Waves.Single().Sent);
        Assert.Equal(10, director.Waves.Single().Sent);
    }
}
