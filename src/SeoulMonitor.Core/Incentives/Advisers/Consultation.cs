namespace SeoulMonitor.Core.Incentives.Advisers;

/// <summary>A consultation of an adviser on a topic, with its allowance drawn on the advisory budget line.</summary>
public sealed class Consultation
{
    /// <summary>The consultation's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The adviser.</summary>
    public Guid AdviserId { get; init; }

    /// <summary>The topic.</summary>
    public string Topic { get; set; } = string.Empty;

    /// <summary>The day it is held (Seoul calendar).</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>The allowance, in won.</summary>
    public long Allowance { get; set; }

    /// <summary>The budget line it draws on (purpose <see cref="Budget.BudgetPurpose.ExpertAdvice"/>).</summary>
    public Guid BudgetLineId { get; init; }

    /// <summary>The task it advises on, if any.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>The state.</summary>
    public ConsultationState State { get; set; }

    /// <summary>The reason of a cancellation.</summary>
    public string? Reason { get; set; }

    /// <summary>When it was planned (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
