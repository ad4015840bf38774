namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// A message ready for the next hop: its SMTP envelope and its complete RFC 5322 bytes (header block, blank line,
/// body), with CRLF line ends, 7-bit safe (bodies in quoted-printable or base64, headers in RFC 2047 words), lines of at
/// most 998 octets, and NOT dot-stuffed: the transport does that. <see cref="Content"/> is only valid until the
/// producer builds its next message (writers reuse their buffer).
/// </summary>
/// <param name="Sender">The envelope sender (MAIL FROM), a bare address.</param>
/// <param name="Recipient">The envelope recipient (RCPT TO), a bare address.</param>
/// <param name="MessageId">The Message-ID without angle brackets (names pickup files, keys logs and tests).</param>
/// <param name="Content">The message bytes.</param>
public readonly record struct OutgoingMessage(string Sender, string Recipient, string MessageId, ReadOnlyMemory<byte> Content);
