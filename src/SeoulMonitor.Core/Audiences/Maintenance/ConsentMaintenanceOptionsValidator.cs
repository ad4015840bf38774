using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The rules of <see cref="ConsentMaintenanceOptions"/>; a broken configuration fails at start.</summary>
internal sealed class ConsentMaintenanceOptionsValidator : IValidateOptions<ConsentMaintenanceOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsentMaintenanceOptions options)
    {
        var failures = new List<string>();
        if (options.ReminderLead < TimeSpan.FromDays(1) || options.ReminderLead > TimeSpan.FromDays(90))
        {
            failures.Add("Audiences:Maintenance:ReminderLead must be between 1 and 90 days.");
        }

        if (options.DataRequestTokenLifetime < TimeSpan.FromMinutes(10) || options.DataRequestTokenLifetime > TimeSpan.FromDays(7))
        {
            failures.Add("Audiences:Maintenance:DataRequestTokenLifetime must be between 10 minutes and 7 days.");
        }

        if (options.BatchSize is < 1 or > 5000)
        {
            failures.Add("Audiences:Maintenance:BatchSize must be between 1 and 5000.");
        }

        if (string.IsNullOrWhiteSpace(options.SenderNameKo) || string.IsNullOrWhiteSpace(options.SenderNameEn))
        {
            failures.Add("Audiences:Maintenance:SenderNameKo and SenderNameEn are required (시행령 62조의3②).");
        }

        foreach (var url in new[] { options.ReconsentUrl, options.DataRequestUrl, options.PreferencesUrl })
        {
            if (url is null || !url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Audiences:Maintenance links must be absolute https URLs.");
                break;
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
