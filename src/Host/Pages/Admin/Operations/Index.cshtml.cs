using Bootcamp.Host.Infrastructure.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bootcamp.Host.Pages.Admin.Operations;

/// <summary>The admin's operations overview: what failed or is stuck (mail, events, jobs) and each module's health.</summary>
internal sealed class IndexModel(OperationsSummary summary, ModuleHealth health, HealthCheckService checks, IWebHostEnvironment environment)
    : BootcampPageModel
{
    public OperationsCounts Counts { get; private set; } = null!;

    public IReadOnlyList<ModuleHealthEntry> Modules { get; private set; } = [];

    /// <summary>The readiness checks (database, jobs), as /health/ready runs them.</summary>
    public IReadOnlyList<(string Name, HealthStatus Status, string? Description)> Platform { get; private set; } = [];

    public bool MailboxAvailable => DevelopmentMailbox.IsAvailable(environment);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await summary.GetAsync(cancellationToken);
        Modules = await health.CheckAsync(Counts.Events ?? [], cancellationToken);
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"), cancellationToken);
        Platform = report.Entries.Select(e => (e.Key, e.Value.Status, e.Value.Description)).ToList();
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
