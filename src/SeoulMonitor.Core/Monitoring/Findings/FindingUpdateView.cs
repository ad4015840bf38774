using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>One entry of a finding's public reflection history (no personal data).</summary>
public sealed record FindingUpdateView(
    FindingEvent Event, string EventName, string EventNameKo, FindingState FromState, FindingState ToState, string ToStateName, string ToStateNameKo,
    int Progress, string? Text, DateOnly? ExpectedDate, DateTimeOffset At, string? ByDepartment, bool RecordedByStaff)
{
    internal static FindingUpdateView From(FindingUpdate u) => new(
        u.Event, StatusNames.English(u.Event), StatusNames.Korean(u.Event), u.FromState, u.ToState,
        StatusNames.English(u.ToState), StatusNames.Korean(u.ToState), u.Progress, u.Text, u.ExpectedDate, u.At, u.ByDepartment, u.RecordedByStaff);
}
