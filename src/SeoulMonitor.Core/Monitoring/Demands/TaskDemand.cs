namespace SeoulMonitor.Core.Monitoring.Demands;

/// <summary>A request for a monitoring task, from a department, a community or staff, screened by staff.</summary>
public sealed class TaskDemand
{
    /// <summary>The demand's id.</summary>
    public Guid Id { get; init; }

    /// <summary>Who asked.</summary>
    public DemandSource Source { get; init; }

    /// <summary>The department that would receive the results (for community proposals: the department concerned, if known).</summary>
    public string? Department { get; set; }

    /// <summary>The proposing community (community proposals only).</summary>
    public Guid? CommunityId { get; init; }

    /// <summary>The demand-survey round it was submitted in, or null for ad-hoc intake.</summary>
    public Guid? SurveyRoundId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>What the monitoring is for.</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>The sites to visit (free text, one per line).</summary>
    public string Sites { get; set; } = string.Empty;

    /// <summary>First day of the wished monitoring period (Seoul calendar).</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day of the wished monitoring period (Seoul calendar).</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>How many monitors are wished.</summary>
    public int Headcount { get; set; }

    /// <summary>Requirements of the monitors (districts, training, skills), free text.</summary>
    public string? Requirements { get; set; }

    /// <summary>The screening state.</summary>
    public DemandState State { get; set; }

    /// <summary>The reason of the last rejection, deferral or return.</summary>
    public string? StateReason { get; set; }

    /// <summary>Who submitted it (the audit actor's id).</summary>
    public string SubmittedBy { get; init; } = string.Empty;

    /// <summary>The task created from it, once selected and set up.</summary>
    public Guid? TaskId { get; set; }

    /// <summary>When it was first submitted (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
