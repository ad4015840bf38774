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

        if (options.PreviousSigningKeys.Count > 0 && options.Key() is null)
        {
            failures.Add("BounceWebhook:PreviousSigningKeys need a current BounceWebhook:SigningKey.");
        }

        if (options.PreviousSigningKeys.Count > Mailing.Bounces.BounceOptions.MaxPreviousKeys)
        {
            failures.Add($"BounceWebhook:PreviousSigningKeys may hold at most {Mailing.Bounces.BounceOptions.MaxPreviousKeys} keys.");
        }

        var seen = new List<byte[]>();
        foreach (var key in options.PreviousSigningKeys.Select(BounceWebhookOptions.Decode).Prepend(options.Key()))
        {
            if (key is null)
            {
                continue;
            }

            if (seen.Any(k => k.AsSpan().SequenceEqual(key)))
            {
                failures.Add("BounceWebhook:PreviousSigningKeys must not repeat a key or hold the current one.");
            }

            seen.Add(key);
        }

        if (options.PreviousSigningKeys.Any(k => BounceWebhookOptions.Decode(k) is null))
        {
            failures.Add($"BounceWebhook:PreviousSigningKeys must hold base64 keys of at least {BounceWebhookOptions.MinimumKeyBytes} bytes each.");
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
