using SeoulMonitor.Core.Monitoring.Findings;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>Which answer a response time measures from <see cref="Finding.SentAt"/>.</summary>
internal enum ResponseTimeMeasure
{
    /// <summary>To <see cref="Finding.AcknowledgedAt"/>.</summary>
    Acknowledgement,

    /// <summary>To <see cref="Finding.UpdatedAt"/> of answered findings.</summary>
    Answer,
}
