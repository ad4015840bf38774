namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// SMTP transparency (RFC 5321 §4.5.2) for the DATA command: every line that starts with '.' gets one more '.' in
/// front, and the content ends with CRLF before the <c>.</c> line. The search is vectorised (span <c>IndexOf</c> of
/// <c>"\n."</c>), so content without such lines is one bulk copy.
/// </summary>
internal static class DotStuffing
{
    private static ReadOnlySpan<byte> NewLineDot => "\n."u8;

    private static ReadOnlySpan<byte> Terminator => ".\r\n"u8;

    /// <summary>The most bytes <see cref="WriteTerminated"/> can write for <paramref name="contentLength"/> bytes of content.</summary>
    /// <remarks>Each added dot needs a line of its own of at least <c>"."</c>, so at most one dot per two source bytes.</remarks>
    public static int MaxTerminatedLength(int contentLength) => contentLength + (contentLength / 2) + 1 + 2 + Terminator.Length;

    /// <summary>
    /// Writes <paramref name="content"/> dot-stuffed, followed by CRLF when it does not end with one, and the
    /// terminating <c>.\r\n</c>; returns the bytes written. <paramref name="destination"/> must hold
    /// <see cref="MaxTerminatedLength"/> bytes.
    /// </summary>
    public static int WriteTerminated(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        var written = 0;
        if (!content.IsEmpty && content[0] == (byte)'.')
        {
            destination[written++] = (byte)'.';
        }

        while (true)
        {
            var at = content.IndexOf(NewLineDot);
            if (at < 0)
            {
                content.CopyTo(destination[written..]);
                written += content.Length;
                break;
            }

            // Copy up to and including the '\n', add the extra '.', and go on from the line's own '.'.
            content[..(at + 1)].CopyTo(destination[written..]);
            written += at + 1;
            destination[written++] = (byte)'.';
            content = content[(at + 1)..];
        }

        if (written > 0 && !destination[..written].EndsWith("\r\n"u8))
        {
            destination[written++] = (byte)'\r';
            destination[written++] = (byte)'\n';
        }

        Terminator.CopyTo(destination[written..]);
        return written + Terminator.Length;
    }
}
