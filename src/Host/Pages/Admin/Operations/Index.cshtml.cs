using Bootcamp.Host.Infrastructure.Operations;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bootcamp.Host.Pages.Admin.Operations;

/// <summary>The admin's operations overview: what failed or is stuck (mail, events, jobs), each module's health, and
/// what the retention jobs last did (decisions/0020).</summary>
internal sealed class IndexModel(
    OperationsSummary summary, ModuleHealth health, HealthCheckService checks, IWebHostEnvironment environment, IMediator mediator,
    IOptions<RetentionOptions> retention)
    : BootcampPageModel
{
    public const int RunsPerRule = 3;

    public OperationsCounts Counts { get; private set; } = null!;

    public IReadOnlyList<ModuleHealthEntry> Modules { get; private set; } = [];

    /// <summary>The readiness checks (database, jobs), as /health/ready runs them.</summary>
    public IReadOnlyList<(string Name, HealthStatus Status, string? Description)> Platform { get; private set; } = [];

    public bool MailboxAvailable => DevelopmentMailbox.IsAvailable(environment);

    /// <summary>The last runs of each rule, newest first; a rule that never ran has none.</summary>
    public ILookup<RetentionRule, RetentionRunDto> RetentionRuns { get; private set; } = Array.Empty<RetentionRunDto>().ToLookup(r => r.Rule);

    public RetentionOptions Retention => retention.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await summary.GetAsync(cancellationToken);
        Modules = await health.CheckAsync(Counts.Events ?? [], cancellationToken);
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"), cancellationToken);
        Platform = report.Entries.Select(e => (e.Key, e.Value.Status, e.Value.Description)).ToList();
        RetentionRuns = (await mediator.Send(new GetRetentionRuns(RunsPerRule), cancellationToken)).ToLookup(r => r.Rule);
    }

    /// <summary>The rule's period as the settings give it, so the page shows what the jobs apply.</summary>
    public string Period(RetentionRule rule)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return rule switch
        {
            RetentionRule.NotAdmitted => string.Format(culture, OperationsText.RetentionNotAdmittedPeriod, Retention.NotAdmittedMonths),
            RetentionRule.Participants => string.Format(culture, OperationsText.RetentionParticipantsPeriod, Retention.ParticipantYears),
            RetentionRule.MailBodies => string.Format(culture, OperationsText.RetentionMailBodiesPeriod, Retention.MailBodyDays),
            _ => string.Format(culture, OperationsText.RetentionAuditPeriod, Retention.AuditYears),
        };
    }

    public static string Done(RetentionRunDto run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return run.Rule switch
        {
            RetentionRule.NotAdmitted or RetentionRule.Participants => string.Format(culture, OperationsText.RetentionPeopleErased, run.Count),
            RetentionRule.MailBodies => string.Format(culture, OperationsText.RetentionBodiesPurged, run.Count),
            _ => string.Format(culture, OperationsText.RetentionEntriesDeleted, run.Count),
        };
    }

    public static string Level(HealthLevel level) => level switch
    {
        HealthLevel.Failing => OperationsText.HealthFailing,
        HealthLevel.Warning => OperationsText.HealthWarning,
        _ => OperationsText.HealthOk,
    };

    public static string Reason(HealthFinding finding)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return finding.Reason switch
        {
            HealthReason.Unreachable => OperationsText.ReasonUnreachable,
            HealthReason.PendingMigrations => string.Format(culture, OperationsText.ReasonPendingMigrations, finding.Count),
            HealthReason.StuckEvents => string.Format(culture, OperationsText.ReasonStuckEvents, finding.Count),
            HealthReason.FailedEvents => string.Format(culture, OperationsText.ReasonFailedEvents, finding.Count),
            _ => string.Format(culture, OperationsText.ReasonRetryingEvents, finding.Count),
        };
    }
}
