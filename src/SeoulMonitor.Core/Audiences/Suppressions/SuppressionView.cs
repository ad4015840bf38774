using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>One suppression entry as staff see it.</summary>
/// <param name="Id">The entry's id (the keyset of the list).</param>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="AddressHash">SHA-256 (hex) of the normalised address.</param>
/// <param name="Address">The normalised address, or null when only the hash is held.</param>
/// <param name="Reason">Why.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Note">A note.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="CreatedBy">Who added it.</param>
public sealed record SuppressionView(
    long Id, DeliveryChannel Channel, string AddressHash, string? Address, SuppressionReason Reason, SuppressionSource Source, string? Note,
    DateTimeOffset CreatedAt, string CreatedBy)
{
    internal static SuppressionView From(SuppressionEntry e) =>
        new(e.Id, e.Channel, e.AddressHash, e.Address, e.Reason, e.Source, e.Note, e.CreatedAt, e.CreatedBy);
}
