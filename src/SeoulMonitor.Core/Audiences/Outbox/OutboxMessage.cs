using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Outbox;

/// <summary>
/// A message to one person written in the same transaction as the change that needs it (a double opt-in
/// confirmation, a re-consent reminder), sent later by <see cref="OutboxDrainer"/>: durable, so a crash between the
/// change and the send loses nothing.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The message's id (ascending: the send order).</summary>
    public long Id { get; init; }

    /// <summary>The subscriber the message is about, when it is about one (its messages go when its data is destroyed).</summary>
    public long? SubscriberId { get; init; }

    /// <summary>E-mail or SMS (the drainer sends e-mail; SMS waits for an SMS transport).</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>The recipient's address (normalised e-mail or 11-digit mobile number).</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>The subject (e-mail).</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The plain-text body.</summary>
    public string TextBody { get; init; } = string.Empty;

    /// <summary>What it is: <c>confirmation</c>, <c>reconsent</c>, … (see <see cref="OutboxKinds"/>).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>When it was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was handed to the transport (UTC), or null while pending.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not tried again before this instant (UTC), after a failure.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The last failure, if any.</summary>
    public string? LastError { get; set; }
}
