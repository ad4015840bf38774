using System.Text;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Writes each message as one <c>.eml</c> file: first to a hidden temporary name (<c>.{guid}.tmp</c>) in the same
/// directory, flushed to disk, then renamed atomically, so a reader that lists <c>*.eml</c> never sees half a file. The
/// envelope goes in front of the message as <c>X-Sender</c> and <c>X-Receiver</c> lines (the IIS/Exchange pickup
/// convention), which keeps the file a valid message. A write that fails (full disk, permissions) is a temporary failure.
/// </summary>
internal sealed class PickupDirectoryConnection : IMailConnection
{

    private readonly string _directory;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private int _messages;
    private int _failures;
    private string? _lastError;
    private bool _disposed;

    public PickupDirectoryConnection(long id, string directory, ILogger logger, MailingMetrics? metrics, TimeProvider timeProvider)
    {
        Id = id;
        _directory = directory;
        _logger = logger;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    /// <summary>The connection's number within its factory (for logs).</summary>
    public long Id { get; }

    /// <inheritdoc />
    public bool IsUsable => !_disposed;

    /// <inheritdoc />
    public SendResult Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var started = _timeProvider.GetTimestamp();
        var name = PickupFileName.For(message.MessageId);
        var temporary = Path.Combine(_directory, $".{Guid.NewGuid():N}.tmp");
        SendResult result;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384))
            {
                WriteEnvelope(stream, message.Sender, message.Recipient);
                stream.Write(message.Content.Span);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path.Combine(_directory, name), overwrite: true);
            result = new SendResult(SendOutcomeKind.Accepted, 250, name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            _failures++;
            _lastError = $"{exception.GetType().Name}: {exception.Message}";
            result = new SendResult(SendOutcomeKind.TemporaryFailure, 0, _lastError);
        }

        _messages++;
        _metrics?.TransportMessage(PickupDirectoryConnectionFactory.TransportName, result.Kind, _timeProvider.GetElapsedTime(started));
        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _metrics?.TransportConnectionClosed(PickupDirectoryConnectionFactory.TransportName);
        if (_failures > 0)
        {
            Log.PickupWriteFailures(_logger, Id, _failures, _messages, _directory, _lastError);
        }
        else
        {
            Log.PickupConnectionClosed(_logger, Id, _messages, _directory);
        }
    }

    private static void WriteEnvelope(Stream stream, string sender, string recipient)
    {
        if (sender.AsSpan().IndexOfAny('\r', '\n') >= 0 || recipient.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("An envelope address holds a line break.", nameof(sender));
        }

        var envelope = $"X-Sender: <{sender}>\r\nX-Receiver: <{recipient}>\r\n";
        stream.Write(Encoding.UTF8.GetBytes(envelope));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Leaving a hidden .tmp file behind is harmless: readers only take *.eml.
        }
    }
}
