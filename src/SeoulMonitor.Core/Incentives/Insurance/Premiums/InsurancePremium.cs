namespace SeoulMonitor.Core.Incentives.Insurance.Premiums;

/// <summary>
/// The insurer's invoice of the injury-insurance premium for one policy period (단체 상해보험료), drawn on the year's
/// injury-insurance budget line (활동 상해비): committed when recorded, paid with a reference, or cancelled before payment
/// (the commitment released). Never deleted.
/// </summary>
public sealed class InsurancePremium
{
    /// <summary>The premium's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The budget year (the line's year; the policy period starts in it).</summary>
    public int Year { get; init; }

    /// <summary>The injury-insurance budget line it draws on.</summary>
    public Guid BudgetLineId { get; init; }

    /// <summary>The insurer (보험사).</summary>
    public string Insurer { get; init; } = string.Empty;

    /// <summary>The insurer's policy number (증권번호).</summary>
    public string PolicyNumber { get; init; } = string.Empty;

    /// <summary>The first day covered (Asia/Seoul calendar date).</summary>
    public DateOnly PeriodStart { get; init; }

    /// <summary>The last day covered (inclusive).</summary>
    public DateOnly PeriodEnd { get; init; }

    /// <summary>The invoiced premium, in won.</summary>
    public long Amount { get; init; }

    /// <summary>The state.</summary>
    public InsurancePremiumState State { get; set; }

    /// <summary>Finance's reference of the payment (e.g. a transfer number).</summary>
    public string? PaymentReference { get; set; }

    /// <summary>Why it was cancelled.</summary>
    public string? CancelReason { get; set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; }
}
