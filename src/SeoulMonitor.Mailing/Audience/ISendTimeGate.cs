namespace SeoulMonitor.Mailing.Audience;

/// <summary>
/// Asked right before each send whether the recipient may still be mailed (consent not withdrawn, address not
/// suppressed), so that a withdrawal during a running campaign stops that person's message. Called on the hot path:
/// implementations should answer from memory and complete synchronously where they can.
/// </summary>
public interface ISendTimeGate
{
    /// <summary>Allow or deny one send.</summary>
    ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default);
}
