using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Mailing.DependencyInjection;

/// <summary>
/// Fails start-up with a clear message when a seam the host must provide is missing: the recipient source always
/// (the engine has no default audience).
/// </summary>
internal sealed class MailingServicesValidator(IServiceProviderIsService services) : IValidateOptions<MailingOptions>
{
    public ValidateOptionsResult Validate(string? name, MailingOptions options)
    {
        var failures = new List<string>();
        Require<IRecipientSource>(failures, "the audience of campaigns (SeoulMonitor.Core registers one from its consent-aware audiences)");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Require<T>(List<string> failures, string what)
    {
        if (!services.IsService(typeof(T)))
        {
            failures.Add($"No {typeof(T).Name} is registered: register {what} before starting the mail engine.");
        }
    }
}
