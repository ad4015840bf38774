using MimeKit;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>A built message with its SMTP envelope.</summary>
/// <param name="Message">The message (reused by the writer for its next message).</param>
/// <param name="Sender">MAIL FROM.</param>
/// <param name="Recipient">RCPT TO.</param>
internal readonly record struct ComposedMessage(MimeMessage Message, MailboxAddress Sender, MailboxAddress Recipient);
