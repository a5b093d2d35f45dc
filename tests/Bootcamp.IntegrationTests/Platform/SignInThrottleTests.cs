using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The failed sign-ins counted per email: a block lasts the lockout span, and the count stays bounded.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_fifth_failure_blocks_the_email_for_the_lockout_span_then_it_starts_afresh()
    {
        var clock = new ManualClock(Start);
        var throttle = Throttle(clock);

        for (var i = 1; i < 5; i++)
        {
            Assert.False(throttle.Failed("SOMEONE@EXAMPLE.ORG"));
        }

        Assert.True(throttle.Failed("SOMEONE@EXAMPLE.ORG"));
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(throttle.IsBlocked("SOMEONE@EXAMPLE.ORG"));
        Assert.False(throttle.IsBlocked("SOMEONE.ELSE@EXAMPLE.ORG"));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(throttle.IsBlocked("SOMEONE@EXAMPLE.ORG"));
        Assert.False(throttle.Failed("SOMEONE@EXAMPLE.ORG"));
    }

    [Fact]
    public void Failures_spread_wider_than_the_span_do_not_add_up()
    {
        var clock = new ManualClock(Start);
        var throttle = Throttle(clock);

        for (var i = 0; i < 10; i++)
        {
            Assert.False(throttle.Failed("SLOW@EXAMPLE.ORG"));
            clock.Advance(TimeSpan.FromMinutes(4));
        }
    }

    [Fact]
    public void A_success_clears_the_count()
    {
        var throttle = Throttle(new ManualClock(Start));
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("TYPO@EXAMPLE.ORG");
        }

        throttle.Succeeded("TYPO@EXAMPLE.ORG");

        Assert.False(throttle.Failed("TYPO@EXAMPLE.ORG"));
    }

    [Fact]
    public void The_table_never_holds_more_than_its_bound_and_lapsed_entries_make_room()
    {
        var clock = new ManualClock(Start);
        var throttle = Throttle(clock);
        for (var i = 0; i < SignInThrottle.MaxTracked + 500; i++)
        {
            throttle.Failed($"FLOOD-{i}@EXAMPLE.ORG");
        }

        Assert.Equal(SignInThrottle.MaxTracked, throttle.Tracked);

        clock.Advance(TimeSpan.FromMinutes(16));
        throttle.Failed("LATER@EXAMPLE.ORG");
        Assert.Equal(1, throttle.Tracked);
    }

    private static SignInThrottle Throttle(TimeProvider clock) =>
        new(clock, Options.Create(new IdentityOptions { Lockout = { MaxFailedAccessAttempts = 5, DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15) } }));
}
