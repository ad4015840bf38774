using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>One lift as staff see it.</summary>
/// <param name="Id">The lift's id.</param>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="AddressHash">SHA-256 (hex) of the normalised address.</param>
/// <param name="Address">The normalised address, or null.</param>
/// <param name="EntryReason">The lifted entry's reason.</param>
/// <param name="EntrySource">The lifted entry's source.</param>
/// <param name="LiftedAt">When (UTC).</param>
/// <param name="LiftedBy">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="AppliedAt">When the engine's list followed, or null while pending.</param>
/// <param name="Outcome">What the engine step did, or null while pending.</param>
/// <param name="Attempts">Failed attempts of the engine step so far.</param>
public sealed record SuppressionLiftView(
    long Id, DeliveryChannel Channel, string AddressHash, string? Address, SuppressionReason EntryReason, SuppressionSource EntrySource,
    DateTimeOffset LiftedAt, string LiftedBy, string Reason, DateTimeOffset? AppliedAt, SuppressionLiftOutcome? Outcome, int Attempts)
{
    internal static SuppressionLiftView From(SuppressionLift l) => new(
        l.Id, l.Channel, l.AddressHash, l.Address, l.EntryReason, l.EntrySource, l.LiftedAt, l.LiftedBy, l.Reason, l.AppliedAt, l.Outcome, l.Attempts);
}
