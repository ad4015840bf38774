namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// A connection that can overlap one message's final answer with the next message's envelope (SMTP chaining, RFC 2920):
/// a message sent with <see cref="SendDeferred"/> may stay pending until the next send or <see cref="CompletePending"/>.
/// The caller must complete a pending message before <see cref="IMailConnection.Send"/> or disposing the connection
/// (a pending message is otherwise discarded, undelivered).
/// </summary>
public interface IDeferringMailConnection : IMailConnection
{
    /// <summary>Whether messages can be deferred on this connection now.</summary>
    bool CanDefer { get; }

    /// <summary>Whether a message is pending (sent, its answer not read yet).</summary>
    bool HasPending { get; }

    /// <summary>
    /// Sends <paramref name="message"/>: returns its answer, or <see langword="null"/> when it is now pending.
    /// <paramref name="previous"/> is the answer of the message that was pending before the call, if any. Never throws
    /// for a refusal or a broken connection (both answers are then classified).
    /// </summary>
    SendResult? SendDeferred(OutgoingMessage message, out SendResult? previous, CancellationToken cancellationToken);

    /// <summary>The answer of the pending message (<see cref="HasPending"/> must be true).</summary>
    SendResult CompletePending(CancellationToken cancellationToken);
}
