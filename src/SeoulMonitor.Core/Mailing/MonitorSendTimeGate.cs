using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The send-time gate for campaigns to monitors: denies a monitor whose membership is no longer active (withdrawn,
/// suspended, removed or expired since the audience snapshot), then defers to the inner gate (the mail engine's
/// suppression list). Answers from memory (<see cref="MonitorMembershipStates"/>) except when a reload is due.
/// </summary>
public sealed class MonitorSendTimeGate : ISendTimeGate
{
    private readonly MonitorMembershipStates _states;
    private readonly ISendTimeGate _inner;

    /// <summary>Creates the gate over <paramref name="inner"/>.</summary>
    public MonitorSendTimeGate(MonitorMembershipStates states, ISendTimeGate inner)
    {
        _states = states ?? throw new ArgumentNullException(nameof(states));
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <inheritdoc />
    public async ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(request.RecipientId, out var monitorId)
            && await _states.InactiveStateAsync(monitorId, cancellationToken).ConfigureAwait(false) is { } state)
        {
            return GateDecision.Deny(
                $"The monitor's membership is no longer active ({StatusNames.English(state)}). (활동 중인 모니터가 아닙니다: {StatusNames.Korean(state)})");
        }

        return await _inner.CheckAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
