namespace SeoulMonitor.Mailing.Audience;

/// <summary>The send-time gate's answer.</summary>
/// <param name="Allowed">Whether the message may be sent now.</param>
/// <param name="Reason">Why not (recorded in the ledger as the recipient's final reason).</param>
public readonly record struct GateDecision(bool Allowed, string? Reason)
{
    /// <summary>Send.</summary>
    public static GateDecision Allow { get; } = new(true, null);

    /// <summary>Do not send; the recipient is marked suppressed with <paramref name="reason"/>.</summary>
    public static GateDecision Deny(string reason) => new(false, reason);
}
