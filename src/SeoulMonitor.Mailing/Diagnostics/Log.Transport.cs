using Microsoft.Extensions.Logging;

namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>Transport log messages (EventIds 300–399): one summary per connection, never one line per message.</summary>
internal static partial class Log
{
    [LoggerMessage(300, LogLevel.Debug, "SMTP connection {ConnectionId} to {Host}:{Port} open (TLS {Secure}, authenticated {Authenticated}, CHUNKING {Chunking}, PIPELINING {Pipelining}, pipelined fast path {FastPath}).")]
    public static partial void SmtpConnectionOpened(ILogger logger, long connectionId, string host, int port, bool secure, bool authenticated, bool chunking, bool pipelining, bool fastPath);

    [LoggerMessage(301, LogLevel.Warning, "Could not open an SMTP connection to {Host}:{Port}.")]
    public static partial void SmtpConnectFailed(ILogger logger, string host, int port, Exception exception);

    [LoggerMessage(302, LogLevel.Debug, "SMTP connection {ConnectionId} to {Host}:{Port} closed ({Reason}) after {Messages} message(s): {Accepted} accepted, {Temporary} deferred, {Permanent} refused.")]
    public static partial void SmtpConnectionClosed(ILogger logger, long connectionId, string host, int port, string reason, int messages, int accepted, int temporary, int permanent);

    [LoggerMessage(303, LogLevel.Warning, "SMTP connection {ConnectionId} to {Host}:{Port} closed by a failure after {Messages} message(s) ({Accepted} accepted, {Temporary} deferred, {Permanent} refused): {Reply}")]
    public static partial void SmtpConnectionBroken(ILogger logger, long connectionId, string host, int port, int messages, int accepted, int temporary, int permanent, string? reply);

    [LoggerMessage(304, LogLevel.Debug, "QUIT on SMTP connection {ConnectionId} failed; the socket is closed anyway.")]
    public static partial void SmtpQuitFailed(ILogger logger, long connectionId, Exception exception);

    [LoggerMessage(305, LogLevel.Warning, "The pipelined SMTP fast path is off: MailKit {MailKitVersion}'s stream was not idle after EHLO or its internals could not be checked; messages go through MailKit's Send (3 round trips each).")]
    public static partial void SmtpFastPathUnavailable(ILogger logger, string mailKitVersion);

    [LoggerMessage(310, LogLevel.Debug, "Pickup connection {ConnectionId} closed after {Messages} message(s) written to {Directory}.")]
    public static partial void PickupConnectionClosed(ILogger logger, long connectionId, int messages, string directory);

    [LoggerMessage(311, LogLevel.Warning, "Pickup connection {ConnectionId}: {Failures} of {Messages} message(s) could not be written to {Directory}; last error: {LastError}")]
    public static partial void PickupWriteFailures(ILogger logger, long connectionId, int failures, int messages, string directory, string? lastError);
}
