namespace SeoulMonitor.Core.AccessLog;

/// <summary>The record that a staff reviewer checked one month's access log (at most one per month).</summary>
public sealed class AccessReviewSignOff
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The reviewed year (Seoul calendar).</summary>
    public int Year { get; init; }

    /// <summary>The reviewed month, 1 to 12 (Seoul calendar).</summary>
    public int Month { get; init; }

    /// <summary>The reviewer's kind of account.</summary>
    public required string ReviewerKind { get; init; }

    /// <summary>The reviewer's account.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>When the review was signed off (UTC).</summary>
    public DateTimeOffset SignedAt { get; init; }

    /// <summary>The reviewer's notes (findings, follow-up), if any.</summary>
    public string? Notes { get; init; }

    /// <summary>How many accesses the month held when it was signed off.</summary>
    public int TotalAccesses { get; init; }

    /// <summary>How many of them were downloads.</summary>
    public int Downloads { get; init; }

    /// <summary>How many accesses the review flagged (off-hours or bulk) when it was signed off.</summary>
    public int FlaggedAccesses { get; init; }
}
