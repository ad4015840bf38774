using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Tests.Audiences.Properties;

/// <summary>The engine-side gate behind the subscriber gate, allowing everything: only the subscriber gate decides here.</summary>
internal sealed class AllowAllGate : ISendTimeGate
{
    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) => ValueTask.FromResult(GateDecision.Allow);
}
