namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A data subject's request, tracked against its 10-day deadline.</summary>
public sealed class DataSubjectRequest
{
    /// <summary>The request's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The subscriber's public id (kept after an erasure, which removes everything else about them).</summary>
    public Guid SubscriberPublicId { get; init; }

    /// <summary>What was asked.</summary>
    public DataSubjectRequestKind Kind { get; init; }

    /// <summary>State.</summary>
    public DataSubjectRequestState State { get; set; }

    /// <summary>When received (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The deadline: received + 10 days (UTC).</summary>
    public DateTimeOffset DueAt { get; init; }

    /// <summary>When answered (UTC).</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The answer (what was done, or why refused); never personal data.</summary>
    public string? Outcome { get; set; }
}
