namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A quote as staff see it (with the submission it came from).</summary>
public sealed record FindingQuoteView(Guid Id, Guid SubmissionId, string Text, int Order);
