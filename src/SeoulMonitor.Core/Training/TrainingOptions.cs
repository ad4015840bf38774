namespace SeoulMonitor.Core.Training;

/// <summary>Attendance-code rules for training sessions.</summary>
public sealed class TrainingOptions
{
    /// <summary>How long before a session starts its attendance codes are accepted. Default 30 minutes.</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after a session ends its attendance codes are accepted. Default 30 minutes.</summary>
    public TimeSpan CheckInClosesAfter { get; set; } = TimeSpan.FromMinutes(30);
}
