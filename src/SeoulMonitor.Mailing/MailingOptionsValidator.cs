using Microsoft.Extensions.Options;

namespace SeoulMonitor.Mailing;

/// <summary>Checks every setting of <see cref="MailingOptions"/> (each area adds its rules to its options' <c>Validate</c>).</summary>
internal sealed class MailingOptionsValidator : IValidateOptions<MailingOptions>
{
    public ValidateOptionsResult Validate(string? name, MailingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        options.Validate(failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
