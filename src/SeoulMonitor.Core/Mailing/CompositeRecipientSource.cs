using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The engine's audience source: <c>monitors…</c> keys go to <see cref="MonitorRecipientSource"/>, <c>list:</c> and
/// <c>segment:</c> keys to <see cref="SubscriberRecipientSource"/>.
/// </summary>
public sealed class CompositeRecipientSource : IRecipientSource
{
    private readonly MonitorRecipientSource _monitors;
    private readonly SubscriberRecipientSource _subscribers;

    /// <summary>Creates the dispatcher.</summary>
    public CompositeRecipientSource(MonitorRecipientSource monitors, SubscriberRecipientSource subscribers)
    {
        _monitors = monitors ?? throw new ArgumentNullException(nameof(monitors));
        _subscribers = subscribers ?? throw new ArgumentNullException(nameof(subscribers));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    public IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, CancellationToken cancellationToken = default)
    {
        var parsed = AudienceKeys.TryParse(audienceKey);
        if (!parsed.IsSuccess)
        {
            throw new ArgumentException(parsed.Error.Message, nameof(audienceKey));
        }

        return parsed.Value.Kind == AudienceKind.Monitors
            ? _monitors.ReadAsync(audienceKey, cancellationToken)
            : _subscribers.ReadAsync(audienceKey, cancellationToken);
    }
}
