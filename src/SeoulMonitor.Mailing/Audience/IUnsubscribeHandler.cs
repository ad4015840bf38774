namespace SeoulMonitor.Mailing.Audience;

/// <summary>
/// A host's own handling of a one-click unsubscription (optional; register one in DI). <see cref="SuppressionList"/>
/// asks it first, with the delivery the genuine token names; when it handles the request (for example by withdrawing
/// the one consent the delivery was sent under) the address is not suppressed everywhere.
/// </summary>
public interface IUnsubscribeHandler
{
    /// <summary>True when the host handled the request; false to fall back to suppressing the address on the channel.</summary>
    ValueTask<bool> TryHandleAsync(UnsubscribeRequest request, CancellationToken cancellationToken = default);
}
