namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>
/// An opinion consolidated by staff from monitors' submissions, sent to the requesting department, which answers
/// with a reflection result. Holds no personal data: quotes and photos are chosen and redacted by staff.
/// </summary>
public sealed class Finding
{
    /// <summary>The finding's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The task.</summary>
    public Guid TaskId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The consolidated opinion.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The state.</summary>
    public FindingState State { get; set; }

    /// <summary>The department's answer (what changed, or why not); required for <see cref="FindingState.NotReflected"/>.</summary>
    public string? Response { get; set; }

    /// <summary>When the department expects to finish.</summary>
    public DateOnly? ExpectedDate { get; set; }

    /// <summary>Progress, 0–100.</summary>
    public int Progress { get; set; }

    /// <summary>When it was sent to the department (UTC).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When the department first answered (acknowledged) (UTC).</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The SLA: when a reflection result is due (UTC); overdue after it while not final.</summary>
    public DateTimeOffset? RespondBy { get; set; }

    /// <summary>When the last reminder before the deadline was queued (UTC).</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>When the overdue notice was queued (UTC).</summary>
    public DateTimeOffset? OverdueNoticeSentAt { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
