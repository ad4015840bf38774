using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>What lifting a suppression did in the mail engine's list. Stored by name.</summary>
public enum SuppressionLiftOutcome
{
    /// <summary>The engine's entry was removed.</summary>
    [Name("Lifted in the engine", "발송 엔진에서 해제")]
    Lifted,

    /// <summary>The engine had no entry for the address (already lifted, or never there).</summary>
    [Name("Not in the engine", "발송 엔진에 없음")]
    Absent,

    /// <summary>The address was suppressed again in Core after the lift (a new bounce), so the engine's entry stays.</summary>
    [Name("Superseded by a newer suppression", "이후 재차단됨")]
    Superseded,

    /// <summary>The entry held only a hash: there is no address to lift in the engine.</summary>
    [Name("Hash only", "해시만 보유")]
    HashOnly,
}
