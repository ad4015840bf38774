namespace SeoulMonitor.Host.Monitoring;

/// <summary>A review decision's text: the reason (return, reject; required) or note (approve; optional).</summary>
/// <param name="Reason">The reason or note.</param>
internal sealed record SubmissionReviewRequest(string? Reason);
