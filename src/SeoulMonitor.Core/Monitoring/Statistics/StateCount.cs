using SeoulMonitor.Core.Monitoring.Submissions;

namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>How many submissions are in one review state.</summary>
public sealed record StateCount(SubmissionState State, string Name, string NameKo, int Count);
