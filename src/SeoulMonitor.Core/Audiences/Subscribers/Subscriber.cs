namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>
/// A citizen who receives the city's newsletters and notices: an e-mail address and/or a mobile number (each unique,
/// normalised by <see cref="SubscriberAddress"/>), a district, and free attributes. Destroyed (deleted, with its
/// attributes, consents and consent history) when no consent keeps it, leaving only anonymous counts.
/// </summary>
public sealed class Subscriber
{
    /// <summary>The keyset order of audience resolution (ascending, never reused).</summary>
    public long Id { get; init; }

    /// <summary>The id used outside the database (tokens, URLs, the mail engine's recipient id).</summary>
    public Guid PublicId { get; init; }

    /// <summary>The normalised e-mail address (<see cref="SubscriberAddress.Email"/>), or null.</summary>
    public string? Email { get; set; }

    /// <summary>The mobile number as 11 digits (01012345678), or null.</summary>
    public string? Mobile { get; set; }

    /// <summary>Province code of the district, or null.</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>District (Korean name, as in the region catalogue), or null.</summary>
    public string? District { get; set; }

    /// <summary>When the subscriber was first recorded (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every update.</summary>
    public Guid Version { get; set; }

    /// <summary>Free attributes (at most <see cref="AudienceLimits.MaxAttributes"/>).</summary>
    public List<SubscriberTrait> Attributes { get; init; } = [];
}
