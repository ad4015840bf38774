namespace SeoulMonitor.Mailing.Messages;

/// <summary>DKIM canonicalization (RFC 6376 §3.4).</summary>
public enum DkimCanonicalization
{
    /// <summary><c>relaxed</c>: tolerant of whitespace changes and header folding by relays.</summary>
    Relaxed,

    /// <summary><c>simple</c>: byte for byte.</summary>
    Simple,
}
