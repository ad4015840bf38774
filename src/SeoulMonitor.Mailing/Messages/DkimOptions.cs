namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// DKIM signing (RFC 6376). When <see cref="Enabled"/> is set every message is signed with the key in
/// <see cref="PrivateKeyPem"/> or <see cref="PrivateKeyPath"/>; rsa-sha256 signs through .NET's native RSA.
/// </summary>
public sealed class DkimOptions
{
    /// <summary>The header fields signed by default (RFC 8058 asks that List-Unsubscribe and -Post be signed).</summary>
    public static IReadOnlyList<string> DefaultHeadersToSign { get; } =
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe", "List-Unsubscribe-Post"];

    /// <summary>Whether messages are signed.</summary>
    public bool Enabled { get; set; }

    /// <summary>The signing domain (<c>d=</c>), for example <c>seoul.go.kr</c>.</summary>
    public string Domain { get; set; } = "";

    /// <summary>The selector (<c>s=</c>); the public key is published at <c>{selector}._domainkey.{domain}</c>.</summary>
    public string Selector { get; set; } = "";

    /// <summary>The signature algorithm.</summary>
    public DkimAlgorithm Algorithm { get; set; } = DkimAlgorithm.RsaSha256;

    /// <summary>The private key as PEM (PKCS#1 or PKCS#8 for RSA, PKCS#8 for Ed25519); wins over <see cref="PrivateKeyPath"/>.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>A file holding the PEM private key.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>The header fields to sign (<c>h=</c>); <c>From</c> is required.</summary>
    public IList<string> HeadersToSign { get; set; } = [.. DefaultHeadersToSign];

    /// <summary>How headers are canonicalized.</summary>
    public DkimCanonicalization HeaderCanonicalization { get; set; } = DkimCanonicalization.Relaxed;

    /// <summary>How the body is canonicalized.</summary>
    public DkimCanonicalization BodyCanonicalization { get; set; } = DkimCanonicalization.Relaxed;

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (!Enabled)
        {
            return;
        }

        if (Uri.CheckHostName(Domain) != UriHostNameType.Dns)
        {
            failures.Add("Mailing:Dkim:Domain must be a DNS name when DKIM is enabled.");
        }

        if (Selector.Length == 0 || Uri.CheckHostName(Selector) != UriHostNameType.Dns)
        {
            failures.Add("Mailing:Dkim:Selector must be a DNS label when DKIM is enabled.");
        }

        if (!Enum.IsDefined(Algorithm))
        {
            failures.Add("Mailing:Dkim:Algorithm must be RsaSha256 or Ed25519Sha256.");
        }

        if (string.IsNullOrWhiteSpace(PrivateKeyPem) && string.IsNullOrWhiteSpace(PrivateKeyPath))
        {
            failures.Add("Mailing:Dkim needs PrivateKeyPem or PrivateKeyPath when DKIM is enabled.");
        }
        else if (string.IsNullOrWhiteSpace(PrivateKeyPem) && !File.Exists(PrivateKeyPath))
        {
            failures.Add("Mailing:Dkim:PrivateKeyPath does not name a readable file.");
        }

        if (HeadersToSign is null || !HeadersToSign.Contains("From", StringComparer.OrdinalIgnoreCase))
        {
            failures.Add("Mailing:Dkim:HeadersToSign must include From.");
        }

        if (!Enum.IsDefined(HeaderCanonicalization) || !Enum.IsDefined(BodyCanonicalization))
        {
            failures.Add("Mailing:Dkim canonicalization must be Relaxed or Simple.");
        }
    }
}
