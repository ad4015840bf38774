using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>One address in both lists.</summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Address">The normalised address.</param>
/// <param name="AddressHash">SHA-256 (hex) of the normalised address.</param>
/// <param name="Core">Core's entry, or null.</param>
/// <param name="Engine">The mail engine's entry, or null.</param>
/// <param name="Lifts">Lifts of the address in Core, newest first.</param>
/// <param name="Agree">Whether both lists say the same (both suppressed, or neither).</param>
/// <param name="LiftPending">Whether a lift is still to be applied to the engine (the lists agree once it is).</param>
public sealed record SuppressionLookupView(
    DeliveryChannel Channel, string Address, string AddressHash, SuppressionView? Core, SuppressionRecord? Engine,
    IReadOnlyList<SuppressionLiftView> Lifts, bool Agree, bool LiftPending);
