using System.Text;

namespace SeoulMonitor.Core.Common;

/// <summary>Reads an uploaded or embedded text file: at most a given number of bytes, strict UTF-8, a byte-order mark allowed.</summary>
internal static class BoundedUtf8Text
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, <paramref name="tooLarge"/> beyond <paramref name="maxBytes"/>, or <paramref name="badEncoding"/> for invalid UTF-8.</summary>
    public static Task<Result<string>> ReadAsync(
        Stream content, long maxBytes, DomainError tooLarge, DomainError badEncoding, CancellationToken cancellationToken) =>
        ReadAsync(content, maxBytes, tooLarge, _ => badEncoding, cancellationToken);

    /// <summary>As above; invalid UTF-8 is refused with <paramref name="badEncodingAtLine"/> of the (1-based) line holding the first bad byte.</summary>
    public static async Task<Result<string>> ReadAsync(
        Stream content, long maxBytes, DomainError tooLarge, Func<int, DomainError> badEncodingAtLine, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return tooLarge;
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length);
            return badEncodingAtLine(bytes[..at].Count((byte)'\n') + 1);
        }
    }
}
