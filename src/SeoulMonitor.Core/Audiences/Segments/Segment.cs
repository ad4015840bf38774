using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>
/// A saved audience: lists, districts and attribute conditions combined, for one channel; evaluated when a campaign is
/// sent (audience key <c>segment:{id}</c>), never stored as a member list.
/// </summary>
public sealed class Segment
{
    /// <summary>The segment's id.</summary>
    public Guid Id { get; init; }

    /// <summary>A name for staff.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The channel whose consents count.</summary>
    public DeliveryChannel Channel { get; set; }

    /// <summary>The definition as JSON (lists, districts, attribute conditions); see the segment service for its schema.</summary>
    public string Definition { get; set; } = "{}";

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
