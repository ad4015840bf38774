using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// An address that must never be sent to on a channel, whatever the consents say. Matched by the SHA-256 of the
/// normalised address (<see cref="AddressHash"/>), so an entry can hold only the hash (a person erased but still
/// suppressed, or a list received in hashed form).
/// </summary>
public sealed class SuppressionEntry
{
    /// <summary>The entry's id.</summary>
    public long Id { get; init; }

    /// <summary>E-mail or SMS.</summary>
    public DeliveryChannel Channel { get; init; }

    /// <summary>Lower-case hex SHA-256 of the normalised address (UTF-8).</summary>
    public string AddressHash { get; init; } = string.Empty;

    /// <summary>The normalised address, or null when only the hash is held.</summary>
    public string? Address { get; set; }

    /// <summary>Why.</summary>
    public SuppressionReason Reason { get; init; }

    /// <summary>Where it came from (staff or the mail engine).</summary>
    public SuppressionSource Source { get; init; }

    /// <summary>A note (bounce text, staff reason).</summary>
    public string? Note { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who added it (<c>staff:{id}</c>, <c>system</c>).</summary>
    public string CreatedBy { get; init; } = string.Empty;
}
