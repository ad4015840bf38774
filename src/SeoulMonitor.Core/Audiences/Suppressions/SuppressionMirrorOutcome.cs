namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>What mirroring one of the mail engine's suppressions into Core's list did.</summary>
public enum SuppressionMirrorOutcome
{
    /// <summary>A new entry (source <see cref="SuppressionSource.Engine"/>) was added.</summary>
    Added,

    /// <summary>Core's list already had the address on that channel (left unchanged).</summary>
    AlreadyPresent,

    /// <summary>
    /// Staff lifted the address at or after the engine's entry was made: the engine's entry is the lift's stale copy,
    /// about to be removed by the lift, and is not mirrored back.
    /// </summary>
    Lifted,
}
