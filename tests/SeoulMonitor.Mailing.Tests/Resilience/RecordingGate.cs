using System.Collections.Concurrent;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Tests.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// A send-time gate that counts its calls per address and withdraws the consent of one address once the server has
/// accepted a given number of messages (a withdrawal arriving while the campaign runs).
/// </summary>
internal sealed class RecordingGate(FaultySmtpServer server, string? withdrawn = null, int withdrawAfterMessages = 0) : ISendTimeGate
{
    public const string WithdrawnReason = "Consent withdrawn during the campaign. (발송 중 동의 철회)";
    private long _calls;

    public ConcurrentDictionary<string, int> CallsPerAddress { get; } = new(StringComparer.Ordinal);

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>The server's message count when the withdrawn address was first asked about (-1: never).</summary>
    public int WithdrawnAskedAt { get; private set; } = -1;

    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        CallsPerAddress.AddOrUpdate(request.Address, 1, static (_, n) => n + 1);
        if (request.Address != withdrawn)
        {
            return new(GateDecision.Allow);
        }

        var accepted = server.MessageCount;
        WithdrawnAskedAt = accepted;
        return new(accepted >= withdrawAfterMessages ? GateDecision.Deny(WithdrawnReason) : GateDecision.Allow);
    }
}
