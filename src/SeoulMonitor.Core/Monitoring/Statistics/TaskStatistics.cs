namespace SeoulMonitor.Core.Monitoring.Statistics;

/// <summary>
/// A task's consolidated statistics: submissions by review state, participants (selected or completed
/// participations), contributors (monitors with an approved submission) and per-question statistics over approved
/// submissions. Counts only: no answer text and no data about any monitor.
/// </summary>
public sealed record TaskStatistics(
    Guid TaskId, string Title, string Department, int Participants, int Contributors, int ApprovedSubmissions,
    IReadOnlyList<StateCount> SubmissionsByState, IReadOnlyList<QuestionStatistics> Questions);
