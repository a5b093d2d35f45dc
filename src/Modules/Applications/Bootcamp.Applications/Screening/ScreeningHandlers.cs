using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Screening;

internal sealed class ScreenApplicationValidator : AbstractValidator<ScreenApplication>
{
    public ScreenApplicationValidator(IOptions<ScreeningCriteriaOptions> options)
    {
        RuleFor(s => s.Score).InclusiveBetween(0, 100).When(s => s.Score is not null && s.Ratings is null);
        RuleFor(s => s.Reason).NotEmpty().When(s => !s.Eligible).WithMessage(_ => ApplicationsMessages.IneligibleReasonRequired).MaximumLength(500);
        RuleFor(s => s.Ratings).Custom((ratings, context) =>
        {
            if (ratings is null)
            {
                return;
            }

            var criteria = options.Value.ToDtos();
            var culture = CultureInfo.CurrentUICulture;
            foreach (var c in criteria)
            {
                // One message per criterion, keyed "Ratings[key]" so a form can put it next to the right input.
                var property = $"{nameof(ScreenApplication.Ratings)}[{c.Key}]";
                if (!ratings.TryGetValue(c.Key, out var rating))
                {
                    context.AddFailure(property, string.Format(culture, ApplicationsMessages.RatingMissing, c.Label(culture)));
                }
                else if (rating < 0 || rating > c.Max)
                {
                    context.AddFailure(property, string.Format(culture, ApplicationsMessages.RatingRange, c.Label(culture), c.Max));
                }
            }

            foreach (var key in ratings.Keys.Where(k => criteria.All(c => c.Key != k)))
            {
                context.AddFailure($"{nameof(ScreenApplication.Ratings)}[{key}]", string.Format(culture, ApplicationsMessages.RatingUnknown, key));
            }
        });
    }
}

internal sealed class ScreenApplicationHandler(ApplicationsDbContext db, TimeProvider clock, IOptions<ScreeningCriteriaOptions> options)
    : IRequestHandler<ScreenApplication, Guid>
{
    public async Task<Guid> Handle(ScreenApplication request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException(ApplicationsMessages.ApplicationNotFound);
        application.Screening = request.Eligible ? ScreeningState.Eligible : ScreeningState.Ineligible;
        if (request.Ratings is { } ratings)
        {
            application.Score = ScreeningScore.Compute(options.Value.ToDtos(), ratings);
            application.ScreeningRatings = ScreeningRatings.Write(ratings);
        }
        else
        {
            application.Score = request.Score;
            application.ScreeningRatings = null;
        }

        application.IneligibleReason = request.Eligible ? null : request.Reason?.Trim();
        application.SetEligibility(request.Eligible, clock.GetUtcNow());
        return application.Id;
    }
}

internal sealed class GetApplicationsHandler(ApplicationsDbContext db, IMediator mediator) : IRequestHandler<GetApplications, ApplicationListDto>
{
    public async Task<ApplicationListDto> Handle(GetApplications request, CancellationToken cancellationToken)
    {
        var session = await mediator.Send(new Sessions.Contracts.GetSession(request.SessionId), cancellationToken);
        var plan = SeatPlan.For(session.Details.Capacity, session.Details.NewcomerSharePercent);
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);

        var all = db.Applications.AsNoTracking().Where(a => a.SessionId == request.SessionId);
        var query = all;
        if (request.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (request.Category is { } category)
        {
            query = query.Where(a => a.Category == category);
        }

        if (request.Screening is { } screening)
        {
            query = query.Where(a => a.Screening == screening);
        }

        var total = await query.CountAsync(cancellationToken);
        var onPage = await query.OrderBy(a => a.Category).ThenBy(a => a.WaitlistRank ?? int.MaxValue).ThenBy(a => a.SubmittedAt)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var rows = onPage.Select(a => new ApplicationSummaryDto(a.Id, a.FirstName, a.LastName, a.Email, a.Category, a.Status,
                a.Screening, a.Score, a.WaitlistRank, a.SubmittedAt))
            .ToList();

        var tallies = await all.GroupBy(a => new { a.Category, a.Status, a.Screening })
            .Select(g => new { g.Key.Category, g.Key.Status, g.Key.Screening, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ApplicantCategory>().Select(c => new CategoryCount(
            c,
            plan.SeatsFor(c),
            tallies.Where(t => t.Category == c).Sum(t => t.Count),
            tallies.Where(t => t.Category == c && t.Screening == ScreeningState.Eligible).Sum(t => t.Count),
            tallies.Where(t => t.Category == c && t.Status == ApplicationStatus.Admitted).Sum(t => t.Count),
            tallies.Where(t => t.Category == c && t.Status == ApplicationStatus.Confirmed).Sum(t => t.Count),
            tallies.Where(t => t.Category == c && t.Status == ApplicationStatus.Waitlisted).Sum(t => t.Count))).ToList();

        return new ApplicationListDto(new PagedResult<ApplicationSummaryDto>(rows, page, size, total), counts);
    }
}
