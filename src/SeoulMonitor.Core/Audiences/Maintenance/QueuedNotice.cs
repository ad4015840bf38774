using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// A durable outbox row for one of the audiences' own messages, written in the same transaction as the change that
/// caused it. Holds the address, so it is deleted with its subscriber (destruction, erasure).
/// </summary>
public sealed class QueuedNotice
{
    /// <summary>The row's id (ascending: the sending order).</summary>
    public long Id { get; init; }

    /// <summary>The subscriber it is addressed to.</summary>
    public long SubscriberId { get; init; }

    /// <summary>What it is.</summary>
    public QueuedNoticeKind Kind { get; init; }

    /// <summary>E-mail or SMS.</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>The normalised address.</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>The subject (e-mail), Korean then English.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The text, Korean then English.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>When queued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When handed to the transport (UTC), or null while waiting.</summary>
    public DateTimeOffset? SentAt { get; set; }
}
