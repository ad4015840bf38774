using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Host.Bounces;

/// <summary>
/// How the engine's suppressions map to Core's reasons. The engine records a reason text per entry; the texts it writes
/// itself start in a fixed way (bounce processing, SMS carrier reports, one-click unsubscription), and anything else
/// is the receiving server's 5xx reply, written by the pipeline's ledger writer.
/// </summary>
internal sealed partial class CoreSuppressionMirror
{
    /// <summary>The reason of a bounce suppression.</summary>
    public static SuppressionReason ReasonOf(BounceKind kind) => kind switch
    {
        BounceKind.Complaint => SuppressionReason.Complaint,
        BounceKind.Soft => SuppressionReason.SoftBounces,
        _ => SuppressionReason.HardBounce,
    };

    /// <summary>The reason of an entry of the engine's list, from its text.</summary>
    public static SuppressionReason ReasonOf(string engineReason)
    {
        ArgumentNullException.ThrowIfNull(engineReason);
        return engineReason switch
        {
            _ when engineReason.StartsWith("Hard bounce", StringComparison.Ordinal) => SuppressionReason.HardBounce,
            _ when engineReason.StartsWith("Complaint", StringComparison.Ordinal) => SuppressionReason.Complaint,
            _ when engineReason.Contains("soft bounces in a row", StringComparison.Ordinal) => SuppressionReason.SoftBounces,
            _ when engineReason.StartsWith("Carrier:", StringComparison.Ordinal) => SuppressionReason.CarrierFailure,
            SuppressionList.UnsubscribedReason => SuppressionReason.Unsubscribed,
            _ => SuppressionReason.PermanentFailure,
        };
    }

    /// <summary>The engine's reason text as Core's note (clipped to Core's limit).</summary>
    public static string NoteOf(string engineReason) =>
        engineReason.Length > Core.Audiences.AudienceLimits.ReasonMaxLength ? engineReason[..Core.Audiences.AudienceLimits.ReasonMaxLength] : engineReason;
}
