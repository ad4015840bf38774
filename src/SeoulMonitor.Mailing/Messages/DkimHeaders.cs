namespace SeoulMonitor.Mailing.Messages;

/// <summary>DKIM header canonicalization (RFC 6376 §3.4.1–3.4.2) of header fields as written, into a buffer to hash.</summary>
internal static class DkimHeaders
{
    /// <summary>
    /// Appends the canonical form of <paramref name="field"/> (name, colon, value, with the CRLF that ends it when
    /// present). Relaxed: name in lower case, folds removed, runs of spaces and tabs reduced to one space, none around
    /// the colon nor at the end. Simple: the bytes as they are.
    /// </summary>
    public static void Append(ReadOnlySpan<byte> field, DkimCanonicalization canonicalization, WireBuffer output)
    {
        if (canonicalization == DkimCanonicalization.Simple)
        {
            output.Write(field);
            return;
        }

        var endsWithCrlf = field.EndsWith("\r\n"u8);
        if (endsWithCrlf)
        {
            field = field[..^2];
        }

        var colon = field.IndexOf((byte)':');
        var name = field[..colon].TrimEnd(" \t"u8);
        var span = output.Ensure(field.Length + 2);
        var o = System.Text.Ascii.ToLower(name, span, out var written) == System.Buffers.OperationStatus.Done
            ? written
            : throw new ArgumentException("A header name is not ASCII.", nameof(field));
        span[o++] = (byte)':';
        var pendingSpace = false;
        foreach (var b in field[(colon + 1)..])
        {
            if (b is (byte)' ' or (byte)'\t')
            {
                pendingSpace = true;
            }
            else if (b is not ((byte)'\r' or (byte)'\n'))
            {
                if (pendingSpace && o > name.Length + 1)
                {
                    span[o++] = (byte)' ';
                }

                pendingSpace = false;
                span[o++] = b;
            }
        }

        if (endsWithCrlf)
        {
            span[o++] = (byte)'\r';
            span[o++] = (byte)'\n';
        }

        output.Advance(o);
    }
}
