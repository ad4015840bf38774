namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// One entry of a finding's public reflection history: a state change after drafting (sending, the department's
/// answers, a reopening), with the progress, text and expected date given. Holds no personal data: the actor is
/// named only as the department (or staff, for sending and reopening).
/// </summary>
public sealed class FindingUpdate
{
    /// <summary>The entry's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The finding.</summary>
    public Guid FindingId { get; init; }

    /// <summary>The event.</summary>
    public FindingEvent Event { get; init; }

    /// <summary>The state before.</summary>
    public FindingState FromState { get; init; }

    /// <summary>The state after.</summary>
    public FindingState ToState { get; init; }

    /// <summary>The progress after, 0–100.</summary>
    public int Progress { get; init; }

    /// <summary>The response, reason or note given with the event.</summary>
    public string? Text { get; init; }

    /// <summary>The expected date after the event.</summary>
    public DateOnly? ExpectedDate { get; init; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The department that answered (its name), or null for staff's own events (send, reopen).</summary>
    public string? ByDepartment { get; init; }

    /// <summary>Whether staff recorded the department's answer on its behalf.</summary>
    public bool RecordedByStaff { get; init; }
}
