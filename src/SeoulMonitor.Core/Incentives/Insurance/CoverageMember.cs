namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>A monitor covered by a roster.</summary>
public sealed class CoverageMember
{
    /// <summary>The roster.</summary>
    public Guid RosterId { get; init; }

    /// <summary>The monitor (membership id).</summary>
    public Guid MonitorId { get; init; }
}
