using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>Where a suppression entry came from. Stored by name.</summary>
public enum SuppressionSource
{
    /// <summary>Entered by staff (one address, a hash, or a bulk list of hashes).</summary>
    [Name("Staff", "담당자")]
    Staff,

    /// <summary>Mirrored from the mail engine's own list (bounce, complaint, 5xx, carrier failure, unsubscription).</summary>
    [Name("Mail engine", "발송 엔진")]
    Engine,
}
