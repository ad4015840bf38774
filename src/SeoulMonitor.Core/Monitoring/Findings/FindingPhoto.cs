namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A submission photo chosen to illustrate a finding.</summary>
public sealed class FindingPhoto
{
    /// <summary>The finding.</summary>
    public Guid FindingId { get; init; }

    /// <summary>The photo (<see cref="Submissions.SubmissionPhoto"/>).</summary>
    public Guid PhotoId { get; init; }
}
