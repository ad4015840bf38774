namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>
/// The outcome of a subscribe request: the subscriber (null when every choice was unticked: nothing is stored) and
/// each ticked choice's consent. Hosts must not show it to the anonymous caller (it would reveal existing subscriptions).
/// </summary>
public sealed record SubscriptionReceipt(Guid? SubscriberId, IReadOnlyList<ConsentOutcome> Consents);
