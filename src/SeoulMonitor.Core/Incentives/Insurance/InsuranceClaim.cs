namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>An injury during fieldwork, claimed against the roster that covered the monitor at that moment.</summary>
public sealed class InsuranceClaim
{
    /// <summary>The claim's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The roster.</summary>
    public Guid RosterId { get; init; }

    /// <summary>The injured monitor (must be on the roster).</summary>
    public Guid MonitorId { get; init; }

    /// <summary>When it happened (UTC; within the coverage window).</summary>
    public DateTimeOffset IncidentAt { get; init; }

    /// <summary>What happened.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>The state.</summary>
    public InsuranceClaimState State { get; set; }

    /// <summary>The amount the insurer paid, in won.</summary>
    public long? PaidAmount { get; set; }

    /// <summary>The insurer's reason of a decline.</summary>
    public string? Reason { get; set; }

    /// <summary>When it was filed (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
