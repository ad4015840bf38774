using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// One-click unsubscriptions of subscriber deliveries: a recipient id <c>sub:{PublicId}</c> with a consent id (the
/// consent's decimal id) withdraws that one consent (reason <c>one-click</c>) instead of suppressing the address on
/// every list. Other deliveries (monitors) are left to the suppression list. A singleton (one scope per request).
/// </summary>
public sealed class SubscriberUnsubscribeHandler : IUnsubscribeHandler
{
    /// <summary>The prefix of subscriber recipient ids.</summary>
    public const string RecipientPrefix = "sub:";

    private readonly IServiceScopeFactory _scopes;

    /// <summary>Creates the handler.</summary>
    public SubscriberUnsubscribeHandler(IServiceScopeFactory scopes) => _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(UnsubscribeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.RecipientId.StartsWith(RecipientPrefix, StringComparison.Ordinal) ||
            !Guid.TryParse(request.RecipientId.AsSpan(RecipientPrefix.Length), out var subscriberId) ||
            !long.TryParse(request.ConsentId, NumberStyles.None, CultureInfo.InvariantCulture, out var consentId))
        {
            return false;
        }

        var scope = _scopes.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        return await scope.ServiceProvider.GetRequiredService<SubscriptionService>().WithdrawOneClickAsync(subscriberId, consentId, cancellationToken).ConfigureAwait(false);
    }
}
