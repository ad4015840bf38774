namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// How much is paid, for one year (<see cref="TaskId"/> null: the year's default) or one task (overrides the default).
/// Rules are versioned by replacement: a changed rule is a new row; recalculation derives entries from the rule in force.
/// </summary>
public sealed class StipendRule
{
    /// <summary>The rule's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The program year.</summary>
    public int Year { get; init; }

    /// <summary>The task it applies to, or null for the year's default.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>Won per approved (completed) participation.</summary>
    public long PerParticipation { get; set; }

    /// <summary>Won per verified community activity (year rules only).</summary>
    public long PerCommunityActivity { get; set; }

    /// <summary>When it was set (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who set it (the audit actor's id).</summary>
    public string CreatedBy { get; init; } = string.Empty;
}
