using Microsoft.Extensions.Options;

namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>Validates <see cref="SmsRulesOptions"/> at start.</summary>
internal sealed class SmsRulesOptionsValidator : IValidateOptions<SmsRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        options.Validate(failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
