using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Resources;
using FluentValidation;

namespace Bootcamp.Sessions.Scheduling;

internal sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSession>
{
    public static readonly TimeOnly EveningStartsAt = new(17, 0);
    public const int MinWeeks = 4;
    public const int MaxWeeks = 8;

    public ScheduleSessionValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage(_ => SessionsMessages.TitleRequired).MaximumLength(200);
        RuleFor(c => c.Track).NotEmpty().WithMessage(_ => SessionsMessages.TrackRequired).MaximumLength(100);
        RuleFor(c => c.EndDate).GreaterThan(c => c.StartDate).WithMessage(_ => SessionsMessages.EndBeforeStart);
        RuleFor(c => c)
            .Must(c => LengthInDays(c) is >= MinWeeks * 7 - 3 and <= MaxWeeks * 7)
            .When(c => c.EndDate > c.StartDate)
            .WithName(nameof(ScheduleSession.EndDate))
            .OverridePropertyName(nameof(ScheduleSession.EndDate))
            .WithMessage(_ => SessionsMessages.WrongLength);
        RuleFor(c => c.Days).NotEmpty().WithMessage(_ => SessionsMessages.DaysRequired);
        RuleFor(c => c.StartsAt).GreaterThanOrEqualTo(EveningStartsAt).WithMessage(_ => SessionsMessages.EveningsOnly);
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).WithMessage(_ => SessionsMessages.EndTimeBeforeStartTime);
        RuleFor(c => c.Capacity).InclusiveBetween(1, 200).WithMessage(_ => SessionsMessages.CapacityRange);
        RuleFor(c => c.NewcomerSharePercent).InclusiveBetween(0, 100).WithMessage(_ => SessionsMessages.NewcomerShareRange);
    }

    // A session runs from its first evening to its last: four weeks of Mon+Wed classes span 24 days, hence the slack.
    private static int LengthInDays(ScheduleSession c) => c.EndDate.DayNumber - c.StartDate.DayNumber + 1;
}
