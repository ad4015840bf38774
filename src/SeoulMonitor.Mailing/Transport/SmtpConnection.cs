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
internal sealed partial class SmtpConnection : IMailConnection
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
        _outcomes[(int)result.Kind]++;
        if (SmtpReplyClassifier.ClosesConnection(result))
        {
            Break(result.Reply);
        }
        else if (_fastPath?.Unusable is { } reason)
        {
            Break(reason);
        }

        _metrics?.TransportMessage(SmtpConnectionFactory.TransportName, result.Kind, _timeProvider.GetElapsedTime(started));
        return result;
    }

    /// <summary>Closes the connection: QUIT when it is healthy, just the socket when it broke. Never throws.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
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
