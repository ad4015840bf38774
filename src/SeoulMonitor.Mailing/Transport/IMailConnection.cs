namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// One open connection to the next hop, owned by one worker thread (a MailKit <c>SmtpClient</c> is not thread-safe).
/// Synchronous on purpose: workers are dedicated threads with blocking sockets, which costs less CPU per message
/// than the async path.
/// </summary>
public interface IMailConnection : IDisposable
{
    /// <summary>Whether the connection can take another message (open, under its per-connection message limit).</summary>
    bool IsUsable { get; }

    /// <summary>Sends one message to one recipient; never throws for a refusal or a broken connection.</summary>
    SendResult Send(OutgoingMessage message, CancellationToken cancellationToken);
}
