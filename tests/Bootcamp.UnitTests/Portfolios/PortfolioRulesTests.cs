using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Curating;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Linking;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;

namespace Bootcamp.UnitTests.Portfolios;

public sealed class PortfolioRulesTests
{
    [Theory]
    [InlineData("https://amina.example.org/app", true)]
    [InlineData("http://localhost:3000", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://files.example.org", false)]
    [InlineData("https://user:secret@example.org", false)]
    [InlineData("example.org", false)]
    public void A_demo_address_is_a_full_http_or_https_address(string value, bool valid) =>
        Assert.Equal(valid, CurateRepositoryHandler.IsWebAddress(value));

    [Theory]
    [InlineData("amina", true)]
    [InlineData("amina-dev-2", true)]
    [InlineData("-amina", false)]
    [InlineData("amina-", false)]
    [InlineData("ami--na", false)]
    [InlineData("amina.dev", false)]
    [InlineData("a234567890123456789012345678901234567890", false)]
    public void GitHub_usernames_follow_GitHubs_rule(string login, bool valid) =>
        Assert.Equal(valid, GitHubAccounts.Login().IsMatch(login));

    [Fact]
    public void Waits_without_a_reset_time_double_and_stop_at_an_hour_and_a_reset_time_is_kept()
    {
        var clock = new FrozenClock(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var gate = new GitHubRateGate(clock);
        Assert.Null(gate.BlockedUntil);
        Assert.Equal(clock.Now.AddMinutes(1), gate.BackOff(TimeSpan.FromMinutes(1)));
        Assert.Equal(clock.Now.AddMinutes(2), gate.BackOff(TimeSpan.FromMinutes(1)));
        for (var i = 0; i < 10; i++)
        {
            gate.BackOff(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(clock.Now.AddHours(1), gate.BlockedUntil);
        gate.Passed();
        Assert.Equal(clock.Now.AddMinutes(1), gate.BackOff(TimeSpan.FromMinutes(1)));
        Assert.Equal(clock.Now.AddHours(2), gate.BlockUntil(clock.Now.AddHours(2)));
    }

    [Fact]
    public void The_checklist_counts_only_shown_repositories_still_on_GitHub()
    {
        var capstone = new PortfolioMilestoneDto(Guid.NewGuid(), "Projet final", "Capstone", true);
        SyncedRepository Repo(bool shown, bool readme, string? demo = null, Guid? milestone = null, bool gone = false) => new()
        {
            Name = "r",
            HtmlUrl = "https://github.example/r",
            Shown = shown,
            HasReadme = readme,
            DemoUrl = demo,
            MilestoneId = milestone,
            GoneAt = gone ? DateTimeOffset.UnixEpoch : null,
        };

        var checklist = PortfolioAccess.Checklist(
            [Repo(true, true, "https://d.example.org"), Repo(true, true, milestone: capstone.Id), Repo(true, true), Repo(false, false), Repo(true, false, gone: true)],
            [capstone], 3);

        Assert.Equal(3, checklist.ShownProjects);
        Assert.True(checklist.Complete);
        Assert.False(PortfolioAccess.Checklist([], [capstone], 3).ReadmesEverywhere);
    }

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
