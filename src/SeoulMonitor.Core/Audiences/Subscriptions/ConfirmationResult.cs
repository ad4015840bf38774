namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>A confirmed (or re-consented) subscription: the subscriber, their manage token, and the consents changed.</summary>
public sealed record ConfirmationResult(Guid SubscriberId, string ManageToken, IReadOnlyList<ConsentView> Consents);
