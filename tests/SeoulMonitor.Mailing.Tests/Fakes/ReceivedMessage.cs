using System.Text;
using MimeKit;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>A message the fake server accepted: the envelope and the content exactly as received (dot-unstuffed).</summary>
/// <param name="ConnectionId">The server-side number of the connection it came on (1, 2, …).</param>
/// <param name="MailFrom">The MAIL FROM address.</param>
/// <param name="Recipients">The accepted RCPT TO addresses.</param>
/// <param name="Data">The content bytes, headers and body, without the terminating dot line.</param>
/// <param name="ViaBdat">Whether it came with BDAT (CHUNKING) rather than DATA.</param>
public sealed record ReceivedMessage(long ConnectionId, string MailFrom, IReadOnlyList<string> Recipients, byte[] Data, bool ViaBdat)
{
    /// <summary>Parses the content with MimeKit.</summary>
    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Data, writable: false);
        return MimeMessage.Load(stream);
    }

    /// <summary>The Message-ID header (without angle brackets), or null.</summary>
    public string? MessageId => Parse().MessageId;

    /// <summary>The content as text (ASCII/UTF-8 messages).</summary>
    public string Text => Encoding.UTF8.GetString(Data);
}
