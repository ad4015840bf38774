using Microsoft.Extensions.Options;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>Checks <see cref="SmsGatewayOptions"/> at start: each limit in its range, the URL, key and secret present.</summary>
internal sealed class SmsGatewayOptionsValidator : IValidateOptions<SmsGatewayOptions>
{
    /// <summary>The shortest webhook secret.</summary>
    public const int MinSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, SmsGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = "Mailing:Sms:Gateway";
        if (options.IsConfigured)
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                failures.Add($"{Section}:BaseUrl must be an absolute http or https URL.");
            }

            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add($"{Section}:ApiKey is required when BaseUrl is set.");
            }
        }

        if (options.WebhookSecret is { } secret && secret.Length < MinSecretLength)
        {
            failures.Add($"{Section}:WebhookSecret must have at least {MinSecretLength} characters.");
        }

        if (options.PreviousWebhookSecrets.Count > 0 && string.IsNullOrEmpty(options.WebhookSecret))
        {
            failures.Add($"{Section}:PreviousWebhookSecrets need a current WebhookSecret.");
        }

        if (options.PreviousWebhookSecrets.Count > SmsGatewayOptions.MaxPreviousWebhookSecrets)
        {
            failures.Add($"{Section}:PreviousWebhookSecrets may hold at most {SmsGatewayOptions.MaxPreviousWebhookSecrets} secrets.");
        }

        if (options.PreviousWebhookSecrets.Any(static s => s is null || s.Length < MinSecretLength))
        {
            failures.Add($"{Section}:PreviousWebhookSecrets must each have at least {MinSecretLength} characters.");
        }

        if (options.PreviousWebhookSecrets.Append(options.WebhookSecret).Where(static s => s is not null).GroupBy(static s => s, StringComparer.Ordinal).Any(static g => g.Count() > 1))
        {
            failures.Add($"{Section}:PreviousWebhookSecrets must not repeat a secret or hold the current one.");
        }

        Range(failures, "WebhookTolerance", options.WebhookTolerance, TimeSpan.FromSeconds(1), SmsGatewayOptions.MaxWebhookTolerance);
        Range(failures, "AttemptTimeout", options.AttemptTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));
        Range(failures, "TotalTimeout", options.TotalTimeout, TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(5));
        Range(failures, "RetryDelay", options.RetryDelay, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(10));
        Range(failures, "BreakDuration", options.BreakDuration, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Range(failures, "MaxRateLimitWait", options.MaxRateLimitWait, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        if (options.TotalTimeout <= options.AttemptTimeout)
        {
            failures.Add($"{Section}:TotalTimeout must be longer than AttemptTimeout.");
        }

        if (options.MaxRetryAttempts is < 0 or > SmsGatewayOptions.MaxRetryAttemptsLimit)
        {
            failures.Add($"{Section}:MaxRetryAttempts must be between 0 and {SmsGatewayOptions.MaxRetryAttemptsLimit}.");
        }

        if (options.MaxConcurrency is < 1 or > SmsGatewayOptions.MaxConcurrencyLimit)
        {
            failures.Add($"{Section}:MaxConcurrency must be between 1 and {SmsGatewayOptions.MaxConcurrencyLimit}.");
        }

        if (!(options.PerSecond is >= 0.1 and <= 100_000))
        {
            failures.Add($"{Section}:PerSecond must be between 0.1 and 100000.");
        }

        if (options.HardFailureCodes.Any(string.IsNullOrWhiteSpace) || options.RecipientRefusalCodes.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:HardFailureCodes and RecipientRefusalCodes must not hold empty codes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        static void Range(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
        {
            if (value < min || value > max)
            {
                failures.Add($"{Section}:{name} must be between {min} and {max}.");
            }
        }
    }
}
