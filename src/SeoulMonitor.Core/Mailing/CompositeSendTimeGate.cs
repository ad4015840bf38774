using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The engine's send-time gate: recipients with a <c>sub:</c> id go to <see cref="SubscriberSendTimeGate"/>, every
/// other recipient (monitors) to <see cref="MonitorSendTimeGate"/>. Both end in the engine's suppression list.
/// </summary>
public sealed class CompositeSendTimeGate : ISendTimeGate
{
    private readonly ISendTimeGate _monitors;
    private readonly ISendTimeGate _subscribers;

    /// <summary>Creates the dispatcher.</summary>
    public CompositeSendTimeGate(ISendTimeGate monitors, ISendTimeGate subscribers)
    {
        _monitors = monitors ?? throw new ArgumentNullException(nameof(monitors));
        _subscribers = subscribers ?? throw new ArgumentNullException(nameof(subscribers));
    }

    /// <inheritdoc />
    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) =>
        request.RecipientId is not null && request.RecipientId.StartsWith(SubscriberRecipientSource.RecipientPrefix, StringComparison.Ordinal)
            ? _subscribers.CheckAsync(request, cancellationToken)
            : _monitors.CheckAsync(request, cancellationToken);
}
