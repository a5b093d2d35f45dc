namespace Bootcamp.Shared.Jobs;

/// <summary>Settings of the durable jobs (Hangfire on the application's PostgreSQL database), bound from <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this node runs a Hangfire server (runs jobs). Off, the node still enqueues and registers recurring
    /// jobs in the shared store, and other nodes run them; tests that do not need jobs turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many jobs one node runs at once.</summary>
    public int WorkerCount { get; set; } = 5;

    /// <summary>Whether Hangfire installs or upgrades its tables in schema <c>hangfire</c> when this node starts; unset, only
    /// in Development. Elsewhere <c>migrate</c> does it (as for the modules' migrations), so a running Host's database
    /// account needs no DDL rights.</summary>
    public bool? PrepareSchema { get; set; }

    /// <summary>How long a job fetched by a server that stopped heartbeating stays invisible before another server runs it
    /// again. The sliding timeout keeps a long job of a live server invisible however long it runs.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle server asks the store for enqueued jobs, and for scheduled and recurring jobs now due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a server records that it is alive; readiness requires a heartbeat within three of these.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);
}
