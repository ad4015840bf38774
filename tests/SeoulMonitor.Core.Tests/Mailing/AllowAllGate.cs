using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Tests.Mailing;

/// <summary>An inner gate that allows everything except one address, and counts its questions.</summary>
internal sealed class AllowAllGate(string? deniedAddress = null) : ISendTimeGate
{
    public const string DeniedReason = "inner gate";

    public int Calls { get; private set; }

    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default)
    {
        Calls++;
        return new(request.Address == deniedAddress ? GateDecision.Deny(DeniedReason) : GateDecision.Allow);
    }
}
