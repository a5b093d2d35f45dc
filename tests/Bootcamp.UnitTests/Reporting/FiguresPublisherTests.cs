using System.Globalization;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Reporting.Disclosure;
using Bootcamp.Reporting.Figures;
using Bootcamp.Reporting.Pdf;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Surveys.Contracts;
using static Bootcamp.UnitTests.Placements.PlacementPeople;

namespace Bootcamp.UnitTests.Reporting;

public sealed class FiguresPublisherTests
{
    private static readonly ReportText English = new(CultureInfo.GetCultureInfo("en-CA"), 5);

    private static RawFigures Raw(int sessions = 1, bool yearLevel = false, int newcomers = 70, int residents = 30, int notAuthorised = 0,
        int completed = 80, int decided = 90, IReadOnlyList<PersonFacts>? people = null) =>
        new(
            [.. Enumerable.Range(0, sessions).Select(i => new SessionSummaryDto(
                Guid.NewGuid(), "Session " + i, new TrackDto(Guid.NewGuid(), "Web", "Web", null, null, true), new DateOnly(2026, 1, 5),
                new DateOnly(2026, 2, 27), [DayOfWeek.Monday], new TimeOnly(18, 0), new TimeOnly(21, 0), DeliveryMode.InPerson, null, 25, 70,
                new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 15)))],
            yearLevel, newcomers, residents, 90, decided, completed, 0.86m, 90,
            new SkillChangeSummaryDto(3, [new SkillAreaSummaryDto("Git", 3, 1.5m, 3.5m, 1m, new Dictionary<int, int>())], null, null),
            PlacementFigures.Compute(people ?? [.. Followed(), .. Times(notAuthorised, NotAuthorised)], new HashSet<Guid>(), PlacementPopulation.ReportingConsent));

    /// <summary>80 people who may work: 60 placed (33 within a month, 24 in one to two, 3 in two to three; 45 in the tech
    /// field), 18 still seeking, 2 not seeking; 78 of the 80 answered the wave.</summary>
    private static List<PersonFacts> Followed() =>
    [
        .. Times(31, () => Placed(TimeToJobBucket.WithinOneMonth)),
        .. Times(2, () => Placed(TimeToJobBucket.WithinOneMonth, answered: false)),
        .. Times(12, () => Placed(TimeToJobBucket.OneToTwoMonths)),
        .. Times(12, () => Placed(TimeToJobBucket.OneToTwoMonths, inField: false)),
        .. Times(3, () => Placed(TimeToJobBucket.TwoToThreeMonths, inField: false)),
        .. Times(18, () => Answered(OutcomeCode.StillSeeking)),
        .. Times(2, () => Answered(OutcomeCode.NotSeeking)),
    ];

    [Fact]
    public void The_newcomer_share_shows_only_over_several_sessions_of_a_year_or_more()
    {
        Assert.Null(FiguresPublisher.Publish(Raw(), new DisclosureOptions(), English).Applicants);
        var year = FiguresPublisher.Publish(Raw(sessions: 3, yearLevel: true), new DisclosureOptions(), English);
        Assert.Equal([70, 30], year.Applicants!.Rows.Select(r => r.Count.Value));
        Assert.Null(FiguresPublisher.Publish(Raw(sessions: 3, yearLevel: true, newcomers: 12, residents: 7), new DisclosureOptions(), English).Applicants);
    }

    [Fact]
    public void Small_counts_and_what_reveals_them_are_hidden_across_the_report()
    {
        var f = FiguresPublisher.Publish(Raw(), new DisclosureOptions(), English);
        // 3 in two to three months: small, and 24 goes with it so that 60 − 33 − 24 cannot give it back.
        Assert.Equal([33, null, null, 0], f.TimeToJob.Rows.Select(r => r.Count.Value));
        Assert.True(f.TimeToJob.Rows[2].Count.Small);
        Assert.False(f.TimeToJob.Rows[1].Count.Small);
        // Not seeking (2) is small; the next smallest outcome (18 still seeking) is hidden with it.
        Assert.Equal((int?)null, f.Outcomes.Rows.Single(r => r.Key == nameof(OutcomeCode.NotSeeking)).Count.Value);
        Assert.Equal((int?)null, f.Outcomes.Rows.Single(r => r.Key == nameof(OutcomeCode.StillSeeking)).Count.Value);
        // 3 people answered both surveys: no averages; 2 of 80 did not answer the wave: no response rate.
        Assert.Equal((null, null, true), (f.Skills[0].AveragePre, f.Skills[0].AveragePost, f.Skills[0].Paired.Small));
        Assert.Null(f.FollowUpWaves[0].ResponseRate);
        Assert.Equal("Within 1 month", f.TimeToJob.Rows[0].Label);
    }

    [Theory]
    [InlineData(0, false, true)]
    [InlineData(2, false, false)] // completers − placement denominator would count who may not work in Canada
    [InlineData(7, false, false)]
    [InlineData(7, true, true)] // at the year level, with enough people
    [InlineData(2, true, false)]
    public void Completion_gives_way_when_it_would_tell_who_may_not_work(int notAuthorised, bool yearLevel, bool shown)
    {
        var f = FiguresPublisher.Publish(Raw(sessions: yearLevel ? 3 : 1, yearLevel: yearLevel, notAuthorised: notAuthorised), new DisclosureOptions(), English);
        Assert.Equal(shown, f.Completed.Value is not null);
        Assert.Equal(shown, f.CompletionRate is not null);
    }

    [Fact]
    public void A_rate_that_is_shown_is_placements_own_value_and_reads_alike_on_every_screen()
    {
        var raw = Raw();
        var f = FiguresPublisher.Publish(raw, new DisclosureOptions(), English);
        Assert.Equal((60, 80), (f.Placed.Value, f.PlacementDenominator.Value));
        Assert.Equal(raw.Placements.PlacedRate, f.PlacedRate);
        Assert.Equal(raw.Placements.PlacedWithinThreeMonthsRate, f.PlacedWithinThreeMonthsRate);
        Assert.Equal(raw.Placements.InFieldRate, f.InFieldRate);
        Assert.Equal(raw.Placements.Buckets[0].ShareOfPlaced, f.TimeToJob.Rows[0].Share);
        Assert.Equal("75%", English.Percent(f.PlacedRate));
        Assert.Equal("Employment rate 75% (60 of 80)", $"{English.Figure(PlacementFigure.EmploymentRate)} {English.RateOf(f.PlacedRate, f.Placed, f.PlacementDenominator)}");
    }

    [Fact]
    public void A_small_programme_publishes_no_placement_figure_at_all()
    {
        // Three people who may work, two placed: every cell is under the threshold.
        var f = FiguresPublisher.Publish(
            Raw(people: [Placed(TimeToJobBucket.WithinOneMonth), Placed(TimeToJobBucket.OneToTwoMonths, inField: false), Silent()]),
            new DisclosureOptions(), English);
        Assert.Equal((null, null, null, null), (f.PlacementDenominator.Value, f.Placed.Value, f.PlacedWithinThreeMonths.Value, f.InField.Value));
        Assert.Equal((null, null, null), (f.PlacedRate, f.PlacedWithinThreeMonthsRate, f.InFieldRate));
        Assert.All(f.TimeToJob.Rows, r => Assert.Null(r.Share));
        Assert.All(f.Outcomes.Rows, r => Assert.True(r.Count.Value is null or 0));
        Assert.Null(f.Outcomes.Total.Value);
        Assert.Equal("— (< 5 of < 5)", English.RateOf(f.PlacedRate, f.Placed, f.PlacementDenominator));
    }

    [Theory]
    [InlineData("html-css", "en-CA", "HTML & CSS")]
    [InlineData("html-css", "fr-CA", "HTML et CSS")]
    [InlineData("teamwork", "fr-CA", "Travail d'équipe")]
    [InlineData("accessibilite", "en-CA", "accessibilite")]
    public void Skill_areas_read_by_name_in_the_readers_language_and_a_programmes_own_by_its_key(string key, string culture, string label) =>
        Assert.Equal(label, new ReportText(CultureInfo.GetCultureInfo(culture), 5).Skill(key));
}
