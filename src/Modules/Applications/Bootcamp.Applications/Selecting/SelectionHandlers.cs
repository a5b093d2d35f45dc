using Bootcamp.Shared;
using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using System.Globalization;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Selecting;

internal sealed class SelectionOptions
{
    public const string Section = "Applications:Selection";

    /// <summary>Days an admitted applicant has to confirm the seat before it is offered to the next person.</summary>
    public int ConfirmWithinDays { get; set; } = 5;
}

/// <summary>Gathers what selection needs from this module and from Sessions, and runs the pure rules.</summary>
internal sealed class SelectionPlanner(ApplicationsDbContext db, IMediator mediator, TimeProvider clock)
{
    private static readonly ApplicationStatus[] Holding = [ApplicationStatus.Admitted, ApplicationStatus.Confirmed];
    private static readonly ApplicationStatus[] Selectable = [ApplicationStatus.Submitted, ApplicationStatus.Waitlisted];

    public async Task<(SelectionResult Result, SelectionPreviewDto Preview, IReadOnlyDictionary<Guid, Application> Applications)> PlanAsync(
        Guid sessionId, RankingChoice rule, string? seed, bool track, CancellationToken ct)
    {
        var session = await mediator.Send(new GetSession(sessionId), ct);
        var plan = SeatPlan.For(session.Details.Capacity, session.Details.NewcomerSharePercent);
        var windowClosed = ProgrammeTime.Today(clock) > session.Details.ApplicationClosesOn;

        var query = track ? db.Applications : db.Applications.AsNoTracking();
        var held = await db.Applications.AsNoTracking()
            .Where(a => a.SessionId == sessionId && Holding.Contains(a.Status))
            .GroupBy(a => a.Category).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var candidates = await query
            .Where(a => a.SessionId == sessionId && Selectable.Contains(a.Status) && a.Screening == ScreeningState.Eligible)
            .ToDictionaryAsync(a => a.Id, ct);

        var result = SelectionRules.Select(
            plan,
            held,
            [.. candidates.Values.Select(a => new Candidate(a.Id, a.Category, a.Score ?? 0, a.SubmittedAt))],
            rule == RankingChoice.SeededLottery ? RankingRule.SeededLottery : RankingRule.ScoreThenSubmission,
            seed,
            windowClosed);
        var lines = result.Decisions
            .OrderBy(d => d.Category).ThenBy(d => d.RankInCategory)
            .Select(d => new SelectionLine(d.ApplicationId, $"{candidates[d.ApplicationId].FirstName} {candidates[d.ApplicationId].LastName}",
                d.Category, d.RankInCategory, d.Verdict == SelectionVerdict.Admitted, d.SpillOver))
            .ToList();
        var preview = new SelectionPreviewDto(plan.Capacity, plan.NewcomerSeats, plan.ResidentSeats, windowClosed, rule, seed, lines);
        return (result, preview, candidates);
    }
}

internal sealed class PreviewSelectionHandler(SelectionPlanner planner) : IRequestHandler<PreviewSelection, SelectionPreviewDto>
{
    public async Task<SelectionPreviewDto> Handle(PreviewSelection request, CancellationToken cancellationToken) =>
        (await planner.PlanAsync(request.SessionId, request.Rule, request.LotterySeed, track: false, cancellationToken)).Preview;
}

internal sealed class CommitSelectionHandler(
    ApplicationsDbContext db, SelectionPlanner planner, IMediator mediator, IMailQueue mail, IOptions<SelectionOptions> options,
    Links.StatusLinkIssuer statusLinks, Mails.ApplicationMails mails, Mails.ApplicantTexts texts, TimeProvider clock)
    : IRequestHandler<CommitSelection, SelectionPreviewDto>
{
    public async Task<SelectionPreviewDto> Handle(CommitSelection request, CancellationToken cancellationToken)
    {
        // One selection at a time per session: two staff clicking "commit" cannot both hand out the same seats.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"selection|" + request.SessionId.ToString()}, 0))", cancellationToken);
        var (result, preview, applications) = await planner.PlanAsync(request.SessionId, request.Rule, request.LotterySeed, track: true, cancellationToken);
        var session = (await mediator.Send(new GetSession(request.SessionId), cancellationToken)).Details;

        var now = clock.GetUtcNow();
        var runId = Guid.CreateVersion7();
        var confirmBy = now.AddDays(options.Value.ConfirmWithinDays);
        // Waitlist position counts only the people still waiting in the category: 1 is offered the next free seat.
        var waitlistPosition = result.Decisions
            .Where(d => d.Verdict == SelectionVerdict.Waitlisted)
            .GroupBy(d => d.Category)
            .SelectMany(g => g.OrderBy(d => d.RankInCategory).Select((d, i) => (d.ApplicationId, Position: i + 1)))
            .ToDictionary(x => x.ApplicationId, x => x.Position);
        // Each decision mail carries a new status link: the one from the first mail may be lost, and only hashes are kept.
        var links = await statusLinks.IssueAsync(
            [.. result.Decisions.Select(d => applications[d.ApplicationId])], "applications.selection", cancellationToken);
        foreach (var decision in result.Decisions)
        {
            var application = applications[decision.ApplicationId];
            var admitted = decision.Verdict == SelectionVerdict.Admitted;
            if (admitted)
            {
                application.Admit(confirmBy, now);
            }
            else
            {
                application.Waitlist(waitlistPosition[decision.ApplicationId], now);
            }

            db.SelectionDecisions.Add(new SelectionDecisionRecord
            {
                Id = Guid.CreateVersion7(),
                RunId = runId,
                SessionId = request.SessionId,
                ApplicationId = application.Id,
                Category = decision.Category,
                Decision = application.Status,
                RankInCategory = decision.RankInCategory,
                Rule = request.Rule.ToString(),
                LotterySeed = request.LotterySeed,
                SpillOver = decision.SpillOver,
                Reason = Reason(decision, result.Plan),
                DecidedBy = request.DecidedBy,
                DecidedAt = now,
            });
            db.Raise(admitted
                ? new ApplicantAdmitted(application.Id, application.SessionId, application.Category, confirmBy)
                : new ApplicantWaitlisted(application.Id, application.SessionId, application.Category, waitlistPosition[decision.ApplicationId]));
            var key = $"{(admitted ? Mails.ApplicationMails.AdmittedCategory : Mails.ApplicationMails.WaitlistedCategory)}:{application.Id}:{runId}";
            await mail.EnqueueAsync(
                admitted
                    ? mails.Admitted(application, session, links[application.Id], key)
                    : mails.Waitlisted(application, session, links[application.Id], key),
                cancellationToken);
        }

        await texts.SeatToConfirmAsync(
            [.. result.Decisions.Where(d => d.Verdict == SelectionVerdict.Admitted).Select(d => applications[d.ApplicationId])],
            session, links, runId.ToString("N"), cancellationToken);
        return preview;
    }

    private static string Reason(SelectionDecision d, SeatPlan plan) => d switch
    {
        { SpillOver: true } => $"rank {d.RankInCategory} in {d.Category}; seat of the other category left unfilled after the window closed",
        { Verdict: SelectionVerdict.Admitted } => $"rank {d.RankInCategory} in {d.Category} within its {plan.SeatsFor(d.Category)} seats",
        _ => $"rank {d.RankInCategory} in {d.Category}: the category's {plan.SeatsFor(d.Category)} seats are taken",
    };
}
