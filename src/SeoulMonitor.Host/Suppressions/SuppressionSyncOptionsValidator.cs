using Microsoft.Extensions.Options;

namespace SeoulMonitor.Host.Suppressions;

/// <summary>Checks <see cref="SuppressionSyncOptions"/> (validated at start).</summary>
internal sealed class SuppressionSyncOptionsValidator : IValidateOptions<SuppressionSyncOptions>
{
    /// <summary>The largest sweep page.</summary>
    public const int MaxSweepPageSize = 1_000;

    public ValidateOptionsResult Validate(string? name, SuppressionSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval < TimeSpan.FromSeconds(1) || options.Interval > TimeSpan.FromMinutes(10))
        {
            failures.Add("SuppressionSync:Interval must be 1 second–10 minutes.");
        }

        if (options.SweepInterval < TimeSpan.FromMinutes(1) || options.SweepInterval > TimeSpan.FromDays(1))
        {
            failures.Add("SuppressionSync:SweepInterval must be 1 minute–1 day.");
        }

        if (options.SweepPageSize is < 1 or > MaxSweepPageSize)
        {
            failures.Add($"SuppressionSync:SweepPageSize must be 1–{MaxSweepPageSize}.");
        }

        if (options.FollowOverlap < TimeSpan.Zero || options.FollowOverlap > TimeSpan.FromHours(1))
        {
            failures.Add("SuppressionSync:FollowOverlap must be 0–1 hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
