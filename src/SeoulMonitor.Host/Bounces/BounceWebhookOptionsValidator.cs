using Microsoft.Extensions.Options;

namespace SeoulMonitor.Host.Bounces;

/// <summary>Checks <see cref="BounceWebhookOptions"/> (validated at start).</summary>
internal sealed class BounceWebhookOptionsValidator : IValidateOptions<BounceWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, BounceWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.SigningKey) && options.Key() is null)
        {
            failures.Add($"BounceWebhook:SigningKey must be base64 of at least {BounceWebhookOptions.MinimumKeyBytes} bytes.");
        }

        if (options.MaxBodyBytes is < 4096 or > 1024 * 1024)
        {
            failures.Add("BounceWebhook:MaxBodyBytes must be 4 KiB–1 MiB.");
        }

        if (options.Tolerance < TimeSpan.FromSeconds(30) || options.Tolerance > TimeSpan.FromHours(1))
        {
            failures.Add("BounceWebhook:Tolerance must be 30 seconds–1 hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
