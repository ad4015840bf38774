using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Resolution;

/// <summary>
/// What an audience is, resolved to database ids: the channel, the lists (any of, by id), the districts (any of; none =
/// all) and the attribute conditions (all of). Built by <c>AudienceResolver.CriteriaAsync</c> from a
/// <c>list:</c> or <c>segment:</c> audience key, or from a segment definition.
/// </summary>
/// <param name="Channel">Whose address and consents count.</param>
/// <param name="ListIds">The lists (any of).</param>
/// <param name="Districts">The districts (any of; empty = every district).</param>
/// <param name="Traits">The attribute conditions (all of).</param>
public sealed record AudienceCriteria(
    DeliveryChannel Channel, IReadOnlyList<Guid> ListIds, IReadOnlyList<SegmentDistrict> Districts, IReadOnlyList<SegmentTraitCondition> Traits);
