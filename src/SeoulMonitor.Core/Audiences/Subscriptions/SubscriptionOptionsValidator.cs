namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>The rules of <see cref="SubscriptionOptions"/>, checked at start by the core options validator.</summary>
internal static class SubscriptionOptionsValidator
{
    /// <summary>Adds a message to <paramref name="failures"/> for each broken rule.</summary>
    public static void Collect(SubscriptionOptions? o, List<string> failures)
    {
        if (o is null)
        {
            failures.Add("Subscriptions is required.");
            return;
        }

        if (o.ConfirmationLifetime < SubscriptionOptions.MinConfirmationLifetime || o.ConfirmationLifetime > SubscriptionOptions.MaxConfirmationLifetime)
        {
            failures.Add("Subscriptions:ConfirmationLifetime must be between 1 hour and 30 days.");
        }

        if (o.SigningKey is not null && SignedTokens.DecodeKey(o.SigningKey) is null)
        {
            failures.Add("Subscriptions:SigningKey must be base64 of at least 32 bytes.");
        }

        if (o.PublicBaseUrl is null || !o.PublicBaseUrl.IsAbsoluteUri)
        {
            failures.Add("Subscriptions:PublicBaseUrl must be an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(o.SenderAddress) || !o.SenderAddress.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Subscriptions:SenderAddress must be an e-mail address.");
        }
    }
}
