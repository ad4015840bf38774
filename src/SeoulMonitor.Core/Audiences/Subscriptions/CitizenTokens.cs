using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Consents;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The signed tokens citizens get in messages: a manage token per subscriber (withdraw without signing in; never
/// expires, changes nothing when forged), and a re-consent token per consent and affirmation (works once: after the
/// re-consent the affirmation it names is no longer the consent's last one). Signed with
/// <see cref="SubscriptionOptions.SigningKey"/> (or a random per-process key when none is set). A singleton.
/// </summary>
public sealed class CitizenTokens
{
    private readonly SignedTokens _tokens;

    /// <summary>Creates the tokens from the options.</summary>
    public CitizenTokens(IOptions<SeoulMonitorCoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = new SignedTokens(SignedTokens.DecodeKey(options.Value.Subscriptions.SigningKey) ?? RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>The manage token of a subscriber.</summary>
    public string Manage(Guid subscriberPublicId) => _tokens.Create(TokenPurpose.Manage, subscriberPublicId, 0, 0, 0);

    /// <summary>The subscriber a genuine manage token names.</summary>
    public bool TryReadManage(string? token, out Guid subscriberPublicId) =>
        _tokens.TryRead(TokenPurpose.Manage, token, out subscriberPublicId, out _, out _, out _);

    /// <summary>
    /// The re-consent token for <paramref name="consent"/> (which must have been affirmed) of the subscriber, valid
    /// until <paramref name="expiresAt"/> (for a policy-customer consent its renewal date).
    /// </summary>
    public string Reconsent(Guid subscriberPublicId, Consent consent, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var affirmed = consent.LastAffirmedAt ?? throw new ArgumentException("The consent was never affirmed.", nameof(consent));
        return _tokens.Create(TokenPurpose.Reconsent, subscriberPublicId, consent.Id, affirmed.UtcTicks, expiresAt.UtcTicks);
    }

    /// <summary>The token that confirms a data-subject request of <paramref name="kind"/> for the subscriber, valid until <paramref name="expiresAt"/>.</summary>
    public string DataRequest(Guid subscriberPublicId, Requests.DataSubjectRequestKind kind, DateTimeOffset expiresAt) =>
        _tokens.Create(TokenPurpose.DataRequest, subscriberPublicId, (long)kind, 0, expiresAt.UtcTicks);

    /// <summary>What a genuine data-request token names (whether or not it has expired).</summary>
    public bool TryReadDataRequest(string? token, out Guid subscriberPublicId, out Requests.DataSubjectRequestKind kind, out DateTimeOffset expiresAt)
    {
        var ok = _tokens.TryRead(TokenPurpose.DataRequest, token, out subscriberPublicId, out var kindValue, out _, out var expires);
        kind = (Requests.DataSubjectRequestKind)kindValue;
        expiresAt = ok && expires is > 0 and <= 3155378975999999999 ? new DateTimeOffset(expires, TimeSpan.Zero) : DateTimeOffset.MinValue;
        return ok && expiresAt != DateTimeOffset.MinValue && Enum.IsDefined(kind);
    }

    /// <summary>What a genuine re-consent token names.</summary>
    public bool TryReadReconsent(string? token, out Guid subscriberPublicId, out long consentId, out long affirmedTicks, out DateTimeOffset expiresAt)
    {
        var ok = _tokens.TryRead(TokenPurpose.Reconsent, token, out subscriberPublicId, out consentId, out affirmedTicks, out var expires);
        expiresAt = ok && expires is > 0 and <= 3155378975999999999 ? new DateTimeOffset(expires, TimeSpan.Zero) : DateTimeOffset.MinValue;
        return ok && expiresAt != DateTimeOffset.MinValue;
    }
}
