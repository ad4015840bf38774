using System.Net.Sockets;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>Chained sends on the pipelined DATA path (<see cref="PipelinedSmtpSender.SendDeferred"/>).</summary>
internal sealed partial class SmtpConnection
{
    private long _pendingStarted;

    /// <inheritdoc />
    public bool CanDefer => _options.ChainTransactions && _fastPath is { UsesBdat: false } && !_broken && !_disposed;

    /// <inheritdoc />
    public bool HasPending => _fastPath?.HasPending == true;

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException">The caller cancelled; the connection is closed.</exception>
    public SendResult? SendDeferred(OutgoingMessage message, out SendResult? previous, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        previous = null;
        if (!CanDefer || !PipelinedSmtpSender.CanSend(message))
        {
            previous = HasPending ? CompletePending(cancellationToken) : null;
            return Send(message, cancellationToken);
        }

        var started = _timeProvider.GetTimestamp();
        var hadPending = HasPending;
        SendResult? result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (cancellationToken.Register(static s => ((Socket)s!).Dispose(), Socket))
            {
                result = _fastPath!.SendDeferred(message);
            }

            previous = _fastPath.Completed;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            Break("The send was cancelled.");
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception exception) when (SmtpReplyClassifier.FromException(exception) is { } classified)
        {
            // The previous message's answer was read before the break, or it is lost with the connection.
            previous = _fastPath!.Completed ?? (hadPending ? classified : null);
            result = classified;
            Break(classified.Reply);
        }

        _messages++;
        if (previous is { } answered)
        {
            Answered(answered, _pendingStarted);
        }

        if (result is { } answer)
        {
            Answered(answer, started);
        }
        else
        {
            _pendingStarted = started;
        }

        BreakIfDone(previous);
        BreakIfDone(result);
        return result;
    }

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException">The caller cancelled; the connection is closed.</exception>
    public SendResult CompletePending(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!HasPending)
        {
            throw new InvalidOperationException("No message is pending.");
        }

        SendResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (cancellationToken.Register(static s => ((Socket)s!).Dispose(), Socket))
            {
                result = _fastPath!.CompletePending();
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
            Break(classified.Reply);
        }

        Answered(result, _pendingStarted);
        BreakIfDone(result);
        return result;
    }
}
