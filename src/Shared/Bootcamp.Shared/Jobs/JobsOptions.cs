namespace Bootcamp.Shared.Jobs;

/// <summary>Settings of the durable job scheduler (Quartz.NET on PostgreSQL), bound from the <c>Quartz</c> section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Quartz";

    /// <summary>Whether this node runs the scheduler (fires jobs). Off, the node still schedules into the shared store,
    /// and other nodes fire what it scheduled; tests that do not need jobs turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether this node joins the cluster of every Host sharing the database (instance id AUTO).</summary>
    public bool Clustered { get; set; } = true;

    /// <summary>How often a clustered node records that it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long past a missed check-in the other nodes wait before taking over a node's firings.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long an idle scheduler waits before asking the store again for triggers another node added.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many jobs one node runs at once.</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>Whether Quartz creates its missing tables at startup (and in <c>migrate</c>); off, it only validates them,
    /// for a database account that may not run DDL.</summary>
    public bool ProvisionSchema { get; set; } = true;
}
