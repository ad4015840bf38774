using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The default send-time gate: refuses addresses on the suppression list (answered from memory, synchronously). A host
/// registers its own <see cref="ISendTimeGate"/> for consent, usually wrapping this one.
/// </summary>
internal sealed class SuppressionListGate(SuppressionSet suppressions) : ISendTimeGate
{
    private static readonly GateDecision Suppressed = GateDecision.Deny("The address is on the suppression list. (수신 거부 목록에 있는 주소입니다.)");

    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) =>
        new(suppressions.Contains(request.Channel, request.Address) ? Suppressed : GateDecision.Allow);
}
