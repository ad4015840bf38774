namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// List-Unsubscribe links (RFC 2369) with one-click unsubscription (RFC 8058). Every message carries
/// <c>List-Unsubscribe: &lt;{BaseUrl}?t={token}&gt;</c> and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>,
/// where the token is an HMAC-SHA256 over the campaign id and the recipient id (see <see cref="UnsubscribeTokens"/>).
/// With no <see cref="BaseUrl"/> the headers are left out (only for tests and local pickup runs).
/// </summary>
public sealed class UnsubscribeOptions
{
    /// <summary>The smallest signing key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The https endpoint that receives the one-click POST (and shows a page on GET).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The HMAC-SHA256 key, base64, at least <see cref="MinimumKeyBytes"/> bytes once decoded.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An optional mailbox for <c>mailto:</c> unsubscription, added after the https URL.</summary>
    public string? MailtoAddress { get; set; }

    /// <summary>Whether List-Unsubscribe headers are added (a <see cref="BaseUrl"/> is set).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (!Enabled)
        {
            return;
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Fragment.Length > 0)
        {
            failures.Add("Mailing:Unsubscribe:BaseUrl must be an absolute https URL without a fragment.");
        }
        else if (!System.Text.Ascii.IsValid(BaseUrl!))
        {
            failures.Add("Mailing:Unsubscribe:BaseUrl must be ASCII (percent-encode the path, punycode the host): it goes into a header.");
        }

        if (TryDecodeKey(SigningKey) is null)
        {
            failures.Add($"Mailing:Unsubscribe:SigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
        }

        if (MailtoAddress is { Length: > 0 } mailto && (!MimeKit.MailboxAddress.TryParse(mailto, out _) || !System.Text.Ascii.IsValid(mailto)))
        {
            failures.Add("Mailing:Unsubscribe:MailtoAddress is not an ASCII mailbox.");
        }
    }

    /// <summary>The decoded key, or <see langword="null"/> when missing, not base64 or too short.</summary>
    internal static byte[]? TryDecodeKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
