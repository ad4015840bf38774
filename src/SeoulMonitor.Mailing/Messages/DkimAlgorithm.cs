namespace SeoulMonitor.Mailing.Messages;

/// <summary>The DKIM signature algorithms the engine signs with.</summary>
public enum DkimAlgorithm
{
    /// <summary><c>rsa-sha256</c> (RFC 6376), signed through .NET's native RSA; use a 2048-bit key.</summary>
    RsaSha256,

    /// <summary><c>ed25519-sha256</c> (RFC 8463); not every receiver verifies it yet.</summary>
    Ed25519Sha256,
}
