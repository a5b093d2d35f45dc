using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Certificates;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bootcamp.Sessions.Completion;

/// <summary>
/// The staff completion page. Once decided: the stored outcomes, overrides and certificate codes. Before: a projection
/// (DecidedAt null) where each enrolled participant's outcome is what the rule says from attendance so far (as of today,
/// or the end date if earlier), so staff can see who is on track before the job runs. Withdrawn participants are never
/// listed: they get no outcome.
/// </summary>
internal sealed class GetSessionCompletionHandler(
    SessionsDbContext db, IMediator mediator, TimeProvider clock, IOptions<CompletionOptions> options, IConfiguration configuration)
    : IRequestHandler<GetSessionCompletion, SessionCompletionDto>
{
    public async Task<SessionCompletionDto> Handle(GetSessionCompletion request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.SessionNotFound);
        var threshold = options.Value.AttendanceThresholdPercent;
        var excusedCounts = configuration.GetValue("Attendance:ExcusedCountsAsAttended", true);

        var participants = session.CompletionDecidedAt is null
            ? await ProjectedAsync(session, threshold, cancellationToken)
            : await DecidedAsync(session, cancellationToken);
        return new SessionCompletionDto(session.Id, session.Title, session.EndDate, session.CompletionDecidedAt, threshold, excusedCounts, participants);
    }

    private async Task<IReadOnlyList<ParticipantCompletionDto>> ProjectedAsync(Session session, int threshold, CancellationToken cancellationToken)
    {
        var enrolled = await db.Participants.AsNoTracking()
            .Where(p => p.SessionId == session.Id && p.Status == ParticipantStatus.Enrolled)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .ToListAsync(cancellationToken);
        if (enrolled.Count == 0)
        {
            return [];
        }

        var today = ProgrammeTime.Today(clock);
        var asOf = today < session.EndDate ? today : session.EndDate;
        var summary = await mediator.Send(new GetAttendanceSummary(session.Id, asOf), cancellationToken);
        var attendance = summary.Participants.ToDictionary(p => p.ParticipantId);
        return [.. enrolled.Select(p =>
        {
            var record = attendance.GetValueOrDefault(p.Id);
            var outcome = CompletionRule.Decide(record?.Rate, record?.CapstoneDone ?? false, threshold);
            return new ParticipantCompletionDto(
                p.Id, p.ApplicationId, p.FirstName, p.LastName, p.PreferredLanguage, outcome, outcome, record?.Rate,
                record?.CapstoneDone ?? false, null, null, null, null);
        })];
    }

    private async Task<IReadOnlyList<ParticipantCompletionDto>> DecidedAsync(Session session, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in db.Completions.AsNoTracking()
                join p in db.Participants.AsNoTracking() on c.ParticipantId equals p.Id
                where c.SessionId == session.Id
                orderby p.LastName, p.FirstName
                select new
                {
                    Completion = c,
                    Participant = p,
                    Code = db.Certificates.Where(x => x.ParticipantId == p.Id && x.RevokedAt == null).Select(x => x.Code).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);

        var deciders = rows.Select(r => r.Completion.OverriddenBy).OfType<Guid>().Distinct().ToList();
        var names = deciders.Count == 0
            ? new Dictionary<Guid, string>()
            : await mediator.Send(new GetTeamMemberNames(deciders), cancellationToken);

        return [.. rows.Select(r => new ParticipantCompletionDto(
            r.Participant.Id, r.Participant.ApplicationId, r.Participant.FirstName, r.Participant.LastName, r.Participant.PreferredLanguage,
            r.Completion.Outcome, r.Completion.RuleOutcome, r.Completion.AttendanceRate, r.Completion.CapstoneDone,
            r.Completion.OverrideReason,
            r.Completion.OverriddenBy is { } by ? names.GetValueOrDefault(by) : null,
            r.Completion.OverriddenAt,
            r.Code is null ? null : CertificateCode.Format(r.Code)))];
    }
}
