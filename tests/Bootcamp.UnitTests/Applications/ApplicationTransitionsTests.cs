using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.UnitTests.Applications;

public sealed class ApplicationTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<ApplicationStatus> EveryStatus() => new(Enum.GetValues<ApplicationStatus>());

    [Theory]
    [InlineData(ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.Waitlisted, true)]
    [InlineData(ApplicationStatus.Admitted, true)]
    [InlineData(ApplicationStatus.Confirmed, true)]
    [InlineData(ApplicationStatus.Ineligible, false)]
    [InlineData(ApplicationStatus.Released, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    public void Withdraw_is_allowed_while_there_is_something_to_leave(ApplicationStatus from, bool allowed)
    {
        var a = New(from);
        a.WithdrawalReason = "earlier";

        Assert.Equal(allowed, a.CanWithdraw);
        var previous = a.Withdraw("  Found a job  ", Now);

        if (allowed)
        {
            Assert.Equal(from, previous);
            Assert.Equal(ApplicationStatus.Withdrawn, a.Status);
            Assert.Equal("Found a job", a.WithdrawalReason);
            Assert.Equal(Now, a.UpdatedAt);
        }
        else
        {
            Assert.Null(previous);
            Assert.Equal(from, a.Status);
            Assert.Equal("earlier", a.WithdrawalReason);
        }
    }

    [Fact]
    public void A_reason_over_500_characters_is_refused_not_cut_and_a_blank_one_is_none()
    {
        // Refused whole at the door, so what the person wrote is never silently shortened.
        var validator = new Bootcamp.Applications.Applying.WithdrawApplicationValidator();
        Assert.False(validator.Validate(new Bootcamp.Applications.Contracts.WithdrawApplication("token", new string('x', 501))).IsValid);
        Assert.True(validator.Validate(new Bootcamp.Applications.Contracts.WithdrawApplication("token", new string('x', 500))).IsValid);

        var kept = New(ApplicationStatus.Submitted);
        kept.Withdraw("  " + new string('x', 500) + " ", Now);
        Assert.Equal(500, kept.WithdrawalReason!.Length);

        var blank = New(ApplicationStatus.Submitted);
        blank.Withdraw("   ", Now);
        Assert.Null(blank.WithdrawalReason);
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Contact_details_change_until_the_application_is_withdrawn(ApplicationStatus status) =>
        Assert.Equal(status != ApplicationStatus.Withdrawn, New(status).CanChangeContact);

    [Fact]
    public void An_admitted_applicant_confirms_before_the_deadline_and_a_second_click_changes_nothing()
    {
        var a = New(ApplicationStatus.Admitted, confirmBy: Now.AddHours(1));

        Assert.True(a.AwaitsConfirmation);
        Assert.True(a.Confirm(Now));
        Assert.Equal(ApplicationStatus.Confirmed, a.Status);
        Assert.Equal(Now, a.UpdatedAt);
        Assert.False(a.AwaitsConfirmation);

        Assert.False(a.Confirm(Now.AddMinutes(1)));
        Assert.Equal(ApplicationStatus.Confirmed, a.Status);
    }

    [Fact]
    public void The_deadline_itself_still_counts()
    {
        var a = New(ApplicationStatus.Admitted, confirmBy: Now);
        Assert.True(a.Confirm(Now));
    }

    [Theory]
    [InlineData(ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.Released)]
    public void A_late_confirmation_is_refused_with_the_deadline_reason(ApplicationStatus from)
    {
        var a = New(from, confirmBy: Now.AddSeconds(-1));

        var refused = Assert.Throws<ConflictException>(() => a.Confirm(Now));
        Assert.Equal(ApplicationsMessages.ConfirmationDeadlinePassed, refused.Message);
        Assert.Equal(from, a.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Without_a_seat_offered_there_is_nothing_to_confirm(ApplicationStatus from)
    {
        var a = New(from, confirmBy: Now.AddDays(1));

        Assert.False(a.AwaitsConfirmation);
        var refused = Assert.Throws<ConflictException>(() => a.Confirm(Now));
        Assert.Equal(ApplicationsMessages.NoSeatToConfirm, refused.Message);
        Assert.Equal(from, a.Status);
    }

    [Fact]
    public void An_offer_past_its_deadline_still_awaits_an_answer_until_it_is_released()
    {
        var a = New(ApplicationStatus.Admitted, confirmBy: Now.AddDays(-1));
        Assert.True(a.AwaitsConfirmation);

        Assert.True(a.Release(Now));
        Assert.Equal(ApplicationStatus.Released, a.Status);
        Assert.Equal(Now, a.UpdatedAt);
        Assert.False(a.AwaitsConfirmation);
        Assert.False(a.Release(Now));
    }

    [Fact]
    public void An_offer_is_not_released_before_its_deadline()
    {
        var a = New(ApplicationStatus.Admitted, confirmBy: Now);
        Assert.False(a.Release(Now));
        Assert.Equal(ApplicationStatus.Admitted, a.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Confirmed)]
    [InlineData(ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Released)]
    public void Only_an_admitted_application_is_released(ApplicationStatus from)
    {
        var a = New(from, confirmBy: Now.AddDays(-1));
        Assert.False(a.Release(Now));
        Assert.Equal(from, a.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.Waitlisted, true)]
    [InlineData(ApplicationStatus.Admitted, false)]
    [InlineData(ApplicationStatus.Confirmed, false)]
    [InlineData(ApplicationStatus.Ineligible, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    [InlineData(ApplicationStatus.Released, false)]
    public void Admission_is_offered_from_a_submitted_or_waiting_application(ApplicationStatus from, bool allowed)
    {
        var a = New(from);
        a.WaitlistRank = 3;
        var deadline = Now.AddDays(3);

        if (allowed)
        {
            a.Admit(deadline, Now);
            Assert.Equal(ApplicationStatus.Admitted, a.Status);
            Assert.Null(a.WaitlistRank);
            Assert.Equal(deadline, a.ConfirmBy);
            Assert.Equal(Now, a.UpdatedAt);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => a.Admit(deadline, Now));
            Assert.Equal(from, a.Status);
        }
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.Waitlisted, true)]
    [InlineData(ApplicationStatus.Admitted, false)]
    [InlineData(ApplicationStatus.Confirmed, false)]
    [InlineData(ApplicationStatus.Ineligible, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    [InlineData(ApplicationStatus.Released, false)]
    public void The_waitlist_takes_a_submitted_application_or_moves_a_waiting_one(ApplicationStatus from, bool allowed)
    {
        var a = New(from, confirmBy: Now.AddDays(1));

        if (allowed)
        {
            a.Waitlist(2, Now);
            Assert.Equal(ApplicationStatus.Waitlisted, a.Status);
            Assert.Equal(2, a.WaitlistRank);
            Assert.Null(a.ConfirmBy);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => a.Waitlist(2, Now));
            Assert.Equal(from, a.Status);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Staff_promote_only_from_the_waitlist(ApplicationStatus status) =>
        Assert.Equal(status == ApplicationStatus.Waitlisted, New(status).CanBePromoted);

    [Theory]
    [InlineData(ApplicationStatus.Submitted, false, ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Ineligible, true, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Submitted, true, ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Ineligible, false, ApplicationStatus.Ineligible)]
    [InlineData(ApplicationStatus.Admitted, false, ApplicationStatus.Admitted)]
    [InlineData(ApplicationStatus.Waitlisted, false, ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Confirmed, false, ApplicationStatus.Confirmed)]
    [InlineData(ApplicationStatus.Withdrawn, true, ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Released, false, ApplicationStatus.Released)]
    public void Screening_refuses_or_reinstates_only_before_selection(ApplicationStatus from, bool eligible, ApplicationStatus expected)
    {
        var a = New(from);
        a.SetEligibility(eligible, Now);
        Assert.Equal(expected, a.Status);
        Assert.Equal(Now, a.UpdatedAt);
    }

    private static Application New(ApplicationStatus status, DateTimeOffset? confirmBy = null) => new()
    {
        Id = Guid.NewGuid(),
        SessionId = Guid.NewGuid(),
        Status = status,
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada@example.org",
        PreferredLanguage = "en-CA",
        ProtectedProfile = "",
        IdempotencyKey = "k",
        ConfirmBy = confirmBy,
        UpdatedAt = Now.AddDays(-10),
    };
}
