using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>A segment to create, or the new content of one.</summary>
/// <param name="Name">A name for staff.</param>
/// <param name="Channel">Whose consents and addresses count.</param>
/// <param name="Definition">The definition as JSON (schema: <see cref="SegmentDefinition"/>).</param>
public sealed record SegmentDraft(string? Name, DeliveryChannel Channel, string? Definition);
