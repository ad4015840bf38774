using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core;

/// <summary>Rules across the options that data annotations cannot state.</summary>
internal sealed class SeoulMonitorCoreOptionsValidator : IValidateOptions<SeoulMonitorCoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SeoulMonitorCoreOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Storage.Provider))
        {
            failures.Add($"Storage:Provider must be one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        if (string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
        {
            failures.Add("Storage:ConnectionString is required.");
        }

        if (options.Eligibility.MinimumAge is < 14 or > 120)
        {
            failures.Add("Eligibility:MinimumAge must be between 14 and 120.");
        }

        if (options.Eligibility.EffectiveProvinceCodes.Count == 0)
        {
            failures.Add("Eligibility:ProvinceCodes must name at least one province.");
        }

        foreach (var code in options.Eligibility.EffectiveProvinceCodes)
        {
            if (!RegionCatalog.Default.HasProvince(code))
            {
                failures.Add($"Eligibility:ProvinceCodes contains '{code}', which is not a known province code.");
            }
        }

        if (options.Training.CheckInOpensBefore < TimeSpan.Zero || options.Training.CheckInClosesAfter < TimeSpan.Zero)
        {
            failures.Add("Training check-in margins must not be negative.");
        }

        var review = options.AccessReview;
        if (review.OffHoursFrom is < 0 or > 23 || review.OffHoursUntil is < 0 or > 23)
        {
            failures.Add("AccessReview off-hours must be hours from 0 to 23.");
        }
        else if (review.OffHoursUntil >= review.OffHoursFrom)
        {
            failures.Add("AccessReview:OffHoursUntil (when the working day starts) must be before OffHoursFrom (when it ends).");
        }

        if (review.BulkRecordThreshold < 1 || review.HighVolumeThreshold < 1)
        {
            failures.Add("AccessReview thresholds must be positive.");
        }

        Audiences.Subscriptions.SubscriptionOptionsValidator.Collect(options.Subscriptions, failures);
        failures.AddRange(Audiences.Imports.ImportOptionsValidator.Failures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
