namespace SeoulMonitor.Mailing.Messages;

/// <summary>Where one header field lies in a message buffer: <c>[Start, End)</c>, name through the final CRLF.</summary>
/// <param name="Name">The field name as written.</param>
/// <param name="Start">The offset of its first byte.</param>
/// <param name="End">The offset after its final CRLF.</param>
internal readonly record struct HeaderField(string Name, int Start, int End);
