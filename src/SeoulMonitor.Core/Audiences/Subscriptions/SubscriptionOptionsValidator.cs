using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>Checks <see cref="SubscriptionOptions"/> inside the core options at start.</summary>
internal sealed class SubscriptionOptionsValidator : IValidateOptions<SeoulMonitorCoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SeoulMonitorCoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Subscriptions;
        var failures = new List<string>();
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
