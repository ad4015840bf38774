namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>One resolved recipient: a subscriber admitted by a consent that allows sending now, not suppressed.</summary>
/// <param name="SubscriberId">The subscriber's keyset id.</param>
/// <param name="PublicId">The subscriber's public id.</param>
/// <param name="Address">The channel's address (normalised e-mail, or 11-digit mobile).</param>
/// <param name="ConsentId">The smallest id of the consents that allow this send.</param>
/// <param name="ProvinceCode">Province of the district, or null.</param>
/// <param name="District">District, or null.</param>
/// <param name="Traits">The free attributes (empty when not asked for).</param>
public sealed record AudienceMember(
    long SubscriberId, Guid PublicId, string Address, long ConsentId, string? ProvinceCode, string? District,
    IReadOnlyDictionary<string, string> Traits);
