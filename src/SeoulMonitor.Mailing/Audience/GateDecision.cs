namespace SeoulMonitor.Mailing.Audience;

/// <summary>The send-time gate's answer.</summary>
/// <param name="Allowed">Whether the message may be sent now.</param>
/// <param name="Reason">Why not (recorded in the ledger as the recipient's final reason, or the deferral's reason).</param>
public readonly record struct GateDecision(bool Allowed, string? Reason)
{
    /// <summary>Send.</summary>
    public static GateDecision Allow { get; } = new(true, null);

    /// <summary>
    /// Send, and the person consented to night sending: an advertising SMS may go during the night too
    /// (<see cref="Sms.NightHold"/> does not hold it). Without it the engine holds advertising SMS at night.
    /// </summary>
    public static GateDecision AllowAtNight { get; } = new(true, null) { NightSendingConsented = true };

    /// <summary>
    /// When set (and <see cref="Allowed"/> is false): do not send now but keep the recipient, deferred until then
    /// without using an attempt; expired when that is at or after the campaign's send-by.
    /// </summary>
    public DateTimeOffset? DeferUntil { get; init; }

    /// <summary>Whether the person consented to night sending (see <see cref="AllowAtNight"/>).</summary>
    public bool NightSendingConsented { get; init; }

    /// <summary>Do not send; the recipient is marked suppressed with <paramref name="reason"/>.</summary>
    public static GateDecision Deny(string reason) => new(false, reason);

    /// <summary>Not now: the recipient is deferred until <paramref name="until"/> (no attempt used) with <paramref name="reason"/>.</summary>
    public static GateDecision Defer(DateTimeOffset until, string reason) => new(false, reason) { DeferUntil = until };
}
