namespace SeoulMonitor.Host.Suppressions;

/// <summary>
/// The suppression sync between Core's list and the mail engine's (section <c>SuppressionSync</c>, validated at start):
/// how often pending lifts are applied to the engine and followed by this node's gate, and how often the engine's whole
/// list is swept into Core.
/// </summary>
public sealed class SuppressionSyncOptions
{
    /// <summary>Whether the background sync runs (default true). Lifts stay queued while it is off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often pending lifts are applied and followed (default 10 seconds; 1 second–10 minutes).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the engine's list is swept into Core (default 10 minutes; 1 minute–1 day).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Engine entries read per page of the sweep (default 500; 1–1,000).</summary>
    public int SweepPageSize { get; set; } = 500;

    /// <summary>
    /// How far back each follow pass looks again, for lifts applied by a node whose clock is behind (default 2 minutes;
    /// 0–1 hour). At start a node follows the lifts of the last hour.
    /// </summary>
    public TimeSpan FollowOverlap { get; set; } = TimeSpan.FromMinutes(2);
}
