using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>
/// The address rules with the configured blocked domains (<see cref="AudienceOptions.BlockedEmailDomains"/>): what
/// services that take new addresses (subscribe, import, staff entry) call. See <see cref="SubscriberAddress"/>.
/// </summary>
public sealed class SubscriberAddressRules
{
    /// <summary>Creates the rules from the options.</summary>
    public SubscriberAddressRules(IOptions<SeoulMonitorCoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Blocked = new DisposableEmailDomains(options.Value.Audiences.EffectiveBlockedEmailDomains);
    }

    /// <summary>The blocked disposable-mail domains in force.</summary>
    public DisposableEmailDomains Blocked { get; }

    /// <summary>A new address: normalised, refused when malformed or at a blocked domain.</summary>
    public Result<string> NewEmail(string? value) => SubscriberAddress.NewEmail(value, Blocked);

    /// <summary>The normalised mobile number, or <c>subscriber.mobile.*</c>.</summary>
    public static Result<string> Mobile(string? value) => SubscriberAddress.Mobile(value);
}
