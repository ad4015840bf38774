using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Consents;

/// <summary>
/// One entry of a consent's history: append-only (never updated; deleted only with the subscriber when the person's
/// data is destroyed or erased), exportable as evidence.
/// </summary>
public sealed class ConsentEvent
{
    /// <summary>The entry's id (ascending).</summary>
    public long Id { get; init; }

    /// <summary>The consent.</summary>
    public long ConsentId { get; init; }

    /// <summary>The subscriber.</summary>
    public long SubscriberId { get; init; }

    /// <summary>The list.</summary>
    public Guid ListId { get; init; }

    /// <summary>The channel.</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>What happened.</summary>
    public ConsentEventKind Kind { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who: <c>subscriber</c>, <c>staff:{id}</c>, <c>system</c>, <c>import:{id}</c>.</summary>
    public string Actor { get; init; } = string.Empty;

    /// <summary>The notice version involved (given, confirmed, reaffirmed).</summary>
    public Guid? NoticeId { get; init; }

    /// <summary>Evidence: IP address.</summary>
    public string? Ip { get; init; }

    /// <summary>Evidence: user agent.</summary>
    public string? UserAgent { get; init; }

    /// <summary>A short detail (withdrawal channel, reason, reference).</summary>
    public string? Detail { get; init; }
}
