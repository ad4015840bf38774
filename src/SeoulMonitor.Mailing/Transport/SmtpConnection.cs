using System.Net.Sockets;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// One SMTP connection on a <see cref="BulkSmtpClient"/>, owned by one worker thread. Messages go through the
/// <see cref="PipelinedSmtpSender"/> fast path when the factory enabled it (plain text, PIPELINING, MailKit idle), and
/// through MailKit's <c>Send</c> otherwise. <see cref="Send"/> never throws for a refusal or a broken connection: it
/// classifies (<see cref="SmtpReplyClassifier"/>). After a 4xx or 5xx reply RSET has been sent and the connection stays
/// usable; after a broken connection, a malformed reply or a 421 the client is closed and <see cref="IsUsable"/> turns
/// false, so the worker opens a new one.
/// </summary>
internal sealed partial class SmtpConnection : IDeferringMailConnection
{
    private readonly BulkSmtpClient _client;
    private readonly SmtpOptions _options;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly PipelinedSmtpSender? _fastPath;
    private readonly MailboxAddress[] _recipients = new MailboxAddress[1];
    private readonly int[] _outcomes = new int[4];
    private int _messages;
    private bool _broken;
    private bool _disposed;
    private string? _failure;

    public SmtpConnection(long id, BulkSmtpClient client, Socket socket, PipelinedSmtpSender? fastPath, SmtpOptions options, ILogger logger, MailingMetrics? metrics, TimeProvider timeProvider)
    {
        Id = id;
        _client = client;
        _fastPath = fastPath;
        Socket = socket;
        _options = options;
        _logger = logger;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    /// <summary>The connection's number within its factory (for logs).</summary>
    public long Id { get; }

    /// <summary>The socket this connection was opened on (observable for tests: NoDelay, Blocking).</summary>
    internal Socket Socket { get; }

    /// <summary>The MailKit client (observable for tests: capabilities).</summary>
    internal BulkSmtpClient Client => _client;

    /// <summary>The pipelined fast path, or null when messages go through MailKit (observable for tests).</summary>
    internal PipelinedSmtpSender? FastPath => _fastPath;

    /// <summary>Messages sent on this connection, whatever the answer.</summary>
    public int MessageCount => _messages;

    /// <inheritdoc />
    public bool IsUsable => !_disposed && !_broken && _client.IsConnected
        && (_options.MessagesPerConnection == 0 || _messages < _options.MessagesPerConnection);

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException">The caller cancelled; the connection is closed.</exception>
    public SendResult Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (HasPending)
        {
            throw new InvalidOperationException("A message is pending: complete it before sending another without chaining.");
        }

        if (_broken || !_client.IsConnected)
        {
            return new SendResult(SendOutcomeKind.ConnectionFailure, 0, _failure ?? "The connection is closed.");
        }

        var started = _timeProvider.GetTimestamp();
        SendResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();

            // MailKit gets no cancellable token: with one, its sync reads poll every 250 ms for cancellation and ignore
            // Timeout (a tarpit then blocks forever). Without one they are plain blocking recv calls bounded by the
            // socket timeout, as are the fast path's. The caller's cancellation closes the socket instead, which aborts
            // the blocked call.
            using (cancellationToken.Register(static s => ((Socket)s!).Dispose(), Socket))
            {
                result = _fastPath is not null && PipelinedSmtpSender.CanSend(message)
                    ? _fastPath.Send(message)
                    : SendThroughMailKit(message);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            Break("The send was cancelled.");
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception exception) when (SmtpReplyClassifier.FromException(exception) is { } classified)
        {
            result = classified;
        }

        _messages++;
        Answered(result, started);
        BreakIfDone(result);
        return result;
    }

    /// <summary>Counts an answered message and records its duration.</summary>
    private void Answered(SendResult result, long started)
    {
        _outcomes[(int)result.Kind]++;
        _metrics?.TransportMessage(SmtpConnectionFactory.TransportName, result.Kind, _timeProvider.GetElapsedTime(started));
    }

    /// <summary>Closes the connection after an answer that ends it (421, broken) or after a refused RSET.</summary>
    private void BreakIfDone(SendResult? result)
    {
        if (_broken)
        {
            return;
        }

        if (result is { } answer && SmtpReplyClassifier.ClosesConnection(answer))
        {
            Break(answer.Reply);
        }
        else if (_fastPath?.Unusable is { } reason)
        {
            Break(reason);
        }
    }

    /// <summary>Closes the connection: QUIT when it is healthy, just the socket when it broke. Never throws.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (HasPending)
        {
            // The server waits for the rest of a message whose answer nobody will read: no QUIT (it would become
            // content); closing the socket discards the unfinished message.
            Break("Closed with a message pending (not delivered).");
        }

        if (!_broken && _client.IsConnected)
        {
            try
            {
                _client.Disconnect(true, CancellationToken.None);
            }
            catch (Exception exception) when (SmtpReplyClassifier.FromException(exception) is not null)
            {
                Log.SmtpQuitFailed(_logger, Id, exception);
            }
        }

        _client.Dispose();
        Socket.Dispose();
        _metrics?.TransportConnectionClosed(SmtpConnectionFactory.TransportName);
        var (accepted, temporary, permanent) = (_outcomes[0], _outcomes[1], _outcomes[2]);
        if (_broken)
        {
            Log.SmtpConnectionBroken(_logger, Id, _options.Host!, _options.Port, _messages, accepted, temporary, permanent, _failure);
        }
        else
        {
            var reason = _options.MessagesPerConnection != 0 && _messages >= _options.MessagesPerConnection ? "message limit reached" : "closed";
            Log.SmtpConnectionClosed(_logger, Id, _options.Host!, _options.Port, reason, _messages, accepted, temporary, permanent);
        }
    }

    private void Break(string? reason)
    {
        _fastPath?.AbandonPending();
        _broken = true;
        _failure = reason;
        try
        {
            // No QUIT: the server went away or the dialogue is out of step.
            _client.Disconnect(false, CancellationToken.None);
        }
        catch (Exception exception) when (SmtpReplyClassifier.FromException(exception) is not null)
        {
            Log.SmtpQuitFailed(_logger, Id, exception);
        }

        Socket.Dispose();
    }
}
