namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// What a destruction run removed, as anonymous counts only (no personal data): how many subscribers' data was
/// destroyed, why, and per list how many consents had lapsed or ended.
/// </summary>
public sealed class DestructionRecord
{
    /// <summary>The record's id.</summary>
    public long Id { get; init; }

    /// <summary>When the data was destroyed (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Why: <c>lapsed</c> (no re-consent), <c>no-consent</c> (every consent withdrawn or unconfirmed), <c>erasure</c>.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The list the counted consents belonged to, or null for the subscriber count.</summary>
    public Guid? ListId { get; init; }

    /// <summary>How many.</summary>
    public int Count { get; init; }

    /// <summary>Who ran it (<c>system</c>, <c>staff:{id}</c>).</summary>
    public string Actor { get; init; } = string.Empty;
}
