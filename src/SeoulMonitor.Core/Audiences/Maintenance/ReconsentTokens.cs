using System.Globalization;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// The re-consent link's token: signed with <see cref="AudienceTokens"/> under purpose <c>reconsent</c>, naming the
/// consent id, expiring at the consent's renewal date (after it the consent has lapsed and must be given again). The
/// re-consent endpoint reads it with <see cref="Read"/>.
/// </summary>
public static class ReconsentTokens
{
    /// <summary>The token purpose.</summary>
    public const string Purpose = "reconsent";

    /// <summary>A token for the consent, valid until <paramref name="expiresAt"/>.</summary>
    public static string Create(AudienceTokens tokens, long consentId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Create(Purpose, consentId.ToString(CultureInfo.InvariantCulture), expiresAt);
    }

    /// <summary>The consent id of a valid token, or null (with whether it had merely expired).</summary>
    public static long? Read(AudienceTokens tokens, string? token, DateTimeOffset now, out bool expired)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var check = tokens.Read(Purpose, token, now);
        expired = check.Status == AudienceTokenStatus.Expired;
        return check.Status == AudienceTokenStatus.Valid &&
            long.TryParse(check.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
