namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Bounce and complaint handling (section <c>Mailing:Bounces</c>). With <see cref="Domain"/> and
/// <see cref="SigningKey"/> set, every e-mail goes out with its own envelope sender (VERP)
/// <c>{ReturnPathLocalPart}+{token}@{Domain}</c>, the token naming its ledger row (see <see cref="ReturnPathTokens"/>);
/// without them the campaign's own sender is the envelope sender, as before, and bounces cannot be mapped.
/// </summary>
public sealed class BounceOptions
{
    /// <summary>The smallest signing key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The longest local part of an address (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxLocalPartOctets = 64;

    /// <summary>The longest <see cref="ReturnPathLocalPart"/>: 64 octets less the <c>+</c> and the token.</summary>
    public const int MaxReturnPathLocalPartLength = MaxLocalPartOctets - 1 - ReturnPathTokens.TokenLength;

    /// <summary>The most soft bounces in a row that <see cref="SoftBounceThreshold"/> may ask for.</summary>
    public const int MaxSoftBounceThreshold = 20;

    /// <summary>The largest bounce message read (webhook body or IMAP message), in bytes.</summary>
    public const int DefaultMaxMessageBytes = 1024 * 1024;

    /// <summary>The local part before the <c>+</c>, for example <c>bounces</c> (default). ASCII letters, digits, <c>.</c>, <c>-</c>, <c>_</c>.</summary>
    public string ReturnPathLocalPart { get; set; } = "bounces";

    /// <summary>The domain whose mailbox receives the bounces, for example <c>bounces.seoul.example</c>.</summary>
    public string? Domain { get; set; }

    /// <summary>The most previous keys <see cref="PreviousSigningKeys"/> may hold.</summary>
    public const int MaxPreviousKeys = 5;

    /// <summary>The HMAC-SHA256 key of the tokens, base64, at least <see cref="MinimumKeyBytes"/> bytes once decoded. New tokens use only this key.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Keys rotated out that still verify tokens (bounces of messages sent before the rotation keep arriving for days):
    /// base64, each at least <see cref="MinimumKeyBytes"/> bytes, at most <see cref="MaxPreviousKeys"/>, no duplicates and
    /// not the current key. A token signed with a key removed from this list is <c>bounce.token.forged</c>.
    /// </summary>
    public IList<string> PreviousSigningKeys { get; } = [];

    /// <summary>Soft bounces in a row that suppress an address (default 3, 1–20). A hard bounce or a complaint suppresses at once.</summary>
    public int SoftBounceThreshold { get; set; } = 3;

    /// <summary>The largest bounce message accepted, in bytes (default 1 MiB, 4 KiB–16 MiB).</summary>
    public int MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>Polling the bounce mailbox over IMAP (off unless <see cref="BounceImapOptions.Host"/> is set).</summary>
    public BounceImapOptions Imap { get; set; } = new();

    /// <summary>Whether VERP return paths are on (<see cref="Domain"/> and <see cref="SigningKey"/> set).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Domain) || !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>Adds a message to <paramref name="failures"/> for every setting out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (SoftBounceThreshold is < 1 or > MaxSoftBounceThreshold)
        {
            failures.Add($"Mailing:Bounces:SoftBounceThreshold must be 1–{MaxSoftBounceThreshold}.");
        }

        if (MaxMessageBytes is < 4096 or > 16 * 1024 * 1024)
        {
            failures.Add("Mailing:Bounces:MaxMessageBytes must be 4 KiB–16 MiB.");
        }

        Imap.Validate(failures, IsConfigured);
        if (!IsConfigured)
        {
            return;
        }

        if (string.IsNullOrEmpty(ReturnPathLocalPart) || ReturnPathLocalPart.Length > MaxReturnPathLocalPartLength
            || ReturnPathLocalPart.AsSpan().ContainsAnyExcept(LocalPartCharacters) || ReturnPathLocalPart[0] == '.' || ReturnPathLocalPart[^1] == '.')
        {
            failures.Add($"Mailing:Bounces:ReturnPathLocalPart must be 1–{MaxReturnPathLocalPartLength} ASCII letters, digits, '.', '-' or '_' (the token takes the rest of the 64 octets).");
        }

        if (string.IsNullOrWhiteSpace(Domain) || Uri.CheckHostName(Domain) != UriHostNameType.Dns || !System.Text.Ascii.IsValid(Domain))
        {
            failures.Add("Mailing:Bounces:Domain must be an ASCII DNS name (punycode an international one).");
        }

        if (TryDecodeKey(SigningKey) is not { } current)
        {
            failures.Add($"Mailing:Bounces:SigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
            return;
        }

        ValidatePrevious(failures, "Mailing:Bounces:PreviousSigningKeys", current, PreviousSigningKeys);
    }

    /// <summary>Checks a list of previous keys: at most <see cref="MaxPreviousKeys"/>, each valid, none repeated, none the current key.</summary>
    internal static void ValidatePrevious(ICollection<string> failures, string name, byte[] current, IList<string> previous)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(previous);
        if (previous.Count > MaxPreviousKeys)
        {
            failures.Add($"{name} may hold at most {MaxPreviousKeys} keys.");
        }

        var seen = new List<byte[]> { current };
        foreach (var text in previous)
        {
            if (TryDecodeKey(text) is not { } key)
            {
                failures.Add($"{name} must hold base64 keys of at least {MinimumKeyBytes} bytes each.");
            }
            else if (seen.Any(k => k.AsSpan().SequenceEqual(key)))
            {
                failures.Add($"{name} must not repeat a key or hold the current one.");
            }
            else
            {
                seen.Add(key);
            }
        }
    }

    /// <summary>The decoded previous keys (invalid ones left out; validation refuses them at start).</summary>
    internal static IReadOnlyList<byte[]> DecodePrevious(IEnumerable<string> previous) =>
        [.. previous.Select(TryDecodeKey).OfType<byte[]>()];

    /// <summary>The decoded key, or <see langword="null"/> when missing, not base64 or too short.</summary>
    internal static byte[]? TryDecodeKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }

    private static readonly System.Buffers.SearchValues<char> LocalPartCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_");
}
