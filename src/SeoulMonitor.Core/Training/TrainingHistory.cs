namespace SeoulMonitor.Core.Training;

/// <summary>A monitor's training history.</summary>
/// <param name="MonitorId">The monitor.</param>
/// <param name="Entries">Every registration, newest session first.</param>
/// <param name="AttendedSessions">How many sessions they attended.</param>
/// <param name="AttendedHours">The scheduled hours of the sessions they attended.</param>
public sealed record TrainingHistory(Guid MonitorId, IReadOnlyList<TrainingHistoryEntry> Entries, int AttendedSessions, double AttendedHours);
