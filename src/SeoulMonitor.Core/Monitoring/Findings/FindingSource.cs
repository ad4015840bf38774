namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>Links a finding to a submission it was consolidated from (its monitor is a contributor).</summary>
public sealed class FindingSource
{
    /// <summary>The finding.</summary>
    public Guid FindingId { get; init; }

    /// <summary>The submission.</summary>
    public Guid SubmissionId { get; init; }
}
