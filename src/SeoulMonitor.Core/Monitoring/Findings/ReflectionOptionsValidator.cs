using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>The rules of <see cref="ReflectionOptions"/>; a broken configuration fails at start.</summary>
internal sealed class ReflectionOptionsValidator : IValidateOptions<ReflectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ReflectionOptions options)
    {
        var failures = new List<string>();
        if (options.ResponseDays is < 1 or > 365)
        {
            failures.Add("Monitoring:Reflection:ResponseDays must be between 1 and 365.");
        }

        if (options.ReminderLeadDays < 1 || options.ReminderLeadDays >= options.ResponseDays)
        {
            failures.Add("Monitoring:Reflection:ReminderLeadDays must be at least 1 and less than ResponseDays.");
        }

        if (options.RunInterval < TimeSpan.FromMinutes(1) || options.RunInterval > TimeSpan.FromDays(1))
        {
            failures.Add("Monitoring:Reflection:RunInterval must be between 1 minute and 1 day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
