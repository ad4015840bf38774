using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Turns an SMTP reply code or the exception MailKit threw into a <see cref="SendResult"/>: 2xx accepted, 4xx temporary
/// (421 also closes the connection), 5xx permanent, a broken or timed-out connection a connection failure. The one
/// exception is 530 (authentication required), which is temporary: the sender's configuration is at fault, not the recipient.
/// </summary>
internal static class SmtpReplyClassifier
{
    /// <summary>The code of "service not available, closing transmission channel".</summary>
    public const int ServiceNotAvailable = 421;

    /// <summary>The code of "authentication required".</summary>
    public const int AuthenticationRequired = 530;

    /// <summary>Classifies a status code with its reply text.</summary>
    public static SendResult FromStatus(int statusCode, string? reply) => statusCode switch
    {
        >= 200 and < 300 => new SendResult(SendOutcomeKind.Accepted, statusCode, reply),
        >= 400 and < 500 => new SendResult(SendOutcomeKind.TemporaryFailure, statusCode, reply),
        >= 500 and < 600 => new SendResult(SendOutcomeKind.PermanentFailure, statusCode, reply),

        // 1xx, 3xx or garbage where a final reply was due: the dialogue is out of step.
        _ => new SendResult(SendOutcomeKind.ConnectionFailure, statusCode, reply),
    };

    /// <summary>
    /// Classifies an exception thrown while sending, or returns null for an exception that is not about the server or the
    /// network (a programmer error, which the caller rethrows).
    /// </summary>
    public static SendResult? FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpCommandException command => FromStatus((int)command.StatusCode, Describe(command)),

            // 530 "authentication required": our configuration, not the recipient, is wrong. Temporary, so that the
            // recipients are deferred until someone fixes the credentials (or expire), never failed and suppressed.
            ServiceNotAuthenticatedException => new SendResult(SendOutcomeKind.TemporaryFailure, AuthenticationRequired, $"{AuthenticationRequired} {exception.Message}"),
            SmtpProtocolException or ServiceNotConnectedException
                or SslHandshakeException or System.Security.Authentication.AuthenticationException or IOException or SocketException
                or TimeoutException or OperationCanceledException or ObjectDisposedException
                => new SendResult(SendOutcomeKind.ConnectionFailure, 0, $"{exception.GetType().Name}: {exception.Message}"),
            _ => null,
        };
    }

    /// <summary>Whether the connection must be closed after this result: it broke, or the server said 421 (it is going away).</summary>
    public static bool ClosesConnection(SendResult result)
        => result.Kind == SendOutcomeKind.ConnectionFailure || result.StatusCode == ServiceNotAvailable;

    private static string Describe(SmtpCommandException exception)
    {
        var code = (int)exception.StatusCode;
        return exception.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"RCPT TO:<{exception.Mailbox?.Address}> refused: {code} {exception.Message}",
            SmtpErrorCode.SenderNotAccepted => $"MAIL FROM:<{exception.Mailbox?.Address}> refused: {code} {exception.Message}",
            SmtpErrorCode.MessageNotAccepted => $"DATA refused: {code} {exception.Message}",
            _ => $"{code} {exception.Message}",
        };
    }
}
