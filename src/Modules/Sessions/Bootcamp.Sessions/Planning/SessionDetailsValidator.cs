using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning;

/// <summary>The programme's planning rules (docs/PRODUCT.md): evenings only, 4 to 8 weeks unless explicitly overridden.</summary>
internal sealed class SessionDetailsValidator : AbstractValidator<SessionDetails>
{
    public static readonly TimeOnly EveningStartsAt = new(17, 0);
    public const int MinWeeks = 4;
    public const int MaxWeeks = 8;

    public SessionDetailsValidator(SessionsDbContext db)
    {
        RuleFor(d => d.TrackId).NotEmpty().WithMessage(_ => SessionsMessages.TrackRequired)
            .MustAsync((id, ct) => db.Tracks.AnyAsync(t => t.Id == id && t.IsActive, ct)).WithMessage(_ => SessionsMessages.TrackUnknown)
            .When(d => d.TrackId != Guid.Empty);
        RuleFor(d => d.Title).NotEmpty().WithMessage(_ => SessionsMessages.TitleRequired).MaximumLength(200);
        RuleFor(d => d.StartDate).NotEmpty().WithMessage(_ => SessionsMessages.DateRequired);
        RuleFor(d => d.EndDate).NotEmpty().WithMessage(_ => SessionsMessages.DateRequired)
            .GreaterThan(d => d.StartDate).WithMessage(_ => SessionsMessages.EndBeforeStart);
        RuleFor(d => d.EndDate)
            .Must((d, _) => HasUsualLength(d))
            .When(d => d.EndDate > d.StartDate && !d.AllowUnusualLength)
            .WithMessage(_ => SessionsMessages.WrongLength);
        RuleFor(d => d.Days).NotEmpty().WithMessage(_ => SessionsMessages.DaysRequired);
        RuleFor(d => d.StartsAt).GreaterThanOrEqualTo(EveningStartsAt).WithMessage(_ => SessionsMessages.EveningsOnly);
        RuleFor(d => d.EndsAt).GreaterThan(d => d.StartsAt).WithMessage(_ => SessionsMessages.EndTimeBeforeStartTime);
        RuleFor(d => d.EndsAt).Must((d, end) => end - d.StartsAt <= TimeSpan.FromHours(4))
            .When(d => d.EndsAt > d.StartsAt).WithMessage(_ => SessionsMessages.ClassTooLong);
        RuleFor(d => d.Location).NotEmpty().When(d => d.Delivery != DeliveryMode.Online).WithMessage(_ => SessionsMessages.LocationRequired)
            .MaximumLength(300);
        RuleFor(d => d.OnlineLink).NotEmpty().When(d => d.Delivery != DeliveryMode.InPerson).WithMessage(_ => SessionsMessages.OnlineLinkRequired);
        RuleFor(d => d.OnlineLink).Must(IsWebAddress!).When(d => !string.IsNullOrWhiteSpace(d.OnlineLink)).WithMessage(_ => SessionsMessages.LinkInvalid);
        RuleFor(d => d.ChatChannelUrl).Must(IsWebAddress!).When(d => !string.IsNullOrWhiteSpace(d.ChatChannelUrl)).WithMessage(_ => SessionsMessages.LinkInvalid);
        RuleFor(d => d.Capacity).InclusiveBetween(1, 200).WithMessage(_ => SessionsMessages.CapacityRange);
        RuleFor(d => d.NewcomerSharePercent).InclusiveBetween(0, 100).WithMessage(_ => SessionsMessages.NewcomerShareRange);
        RuleFor(d => d.ApplicationOpensOn).NotEmpty().WithMessage(_ => SessionsMessages.DateRequired);
        RuleFor(d => d.ApplicationClosesOn).NotEmpty().WithMessage(_ => SessionsMessages.DateRequired)
            .GreaterThanOrEqualTo(d => d.ApplicationOpensOn).WithMessage(_ => SessionsMessages.WindowOrder)
            .LessThanOrEqualTo(d => d.StartDate).WithMessage(_ => SessionsMessages.WindowBeforeStart);
    }

    // From the first evening to the last: four weeks of Mon+Wed classes span 24 days, hence the slack.
    internal static bool HasUsualLength(SessionDetails d) =>
        (d.EndDate.DayNumber - d.StartDate.DayNumber + 1) is >= MinWeeks * 7 - 6 and <= MaxWeeks * 7;

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

internal sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSession>
{
    public ScheduleSessionValidator(SessionsDbContext db) =>
        RuleFor(c => c.Details).NotNull().SetValidator(new SessionDetailsValidator(db));
}

internal sealed class UpdateSessionValidator : AbstractValidator<UpdateSession>
{
    public UpdateSessionValidator(SessionsDbContext db, IMediator mediator)
    {
        RuleFor(c => c.Details).NotNull().SetValidator(new SessionDetailsValidator(db));

        // Cutting capacity below the seats given would strand people holding a seat; it is refused, never silent.
        RuleFor(c => c.Details.Capacity).CustomAsync(async (capacity, context, ct) =>
        {
            var held = await mediator.Send(new GetSeatsHeld(context.InstanceToValidate.SessionId), ct);
            if (capacity < held)
            {
                context.AddFailure("Details.Capacity", string.Format(CultureInfo.CurrentCulture, SessionsMessages.CapacityBelowSeatsHeld, held));
            }
        }).When(c => c.Details is not null);
    }
}
