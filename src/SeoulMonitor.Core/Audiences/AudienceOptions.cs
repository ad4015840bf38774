using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Audiences;

/// <summary>Configuration of the audiences area (section <c>SeoulMonitor:Audiences</c>).</summary>
public sealed class AudienceOptions
{
    /// <summary>
    /// Disposable-mail domains whose addresses are refused (<c>subscriber.email.disposable</c>); a domain also blocks
    /// its subdomains. Default (when not set): <see cref="DisposableEmailDomains.Defaults"/>. Setting it, in code or
    /// configuration, replaces the default set; an empty list blocks nothing.
    /// </summary>
    public IList<string>? BlockedEmailDomains { get; set; }

    /// <summary>Staff imports of subscribers and their consents.</summary>
    public ImportOptions Imports { get; set; } = new();

    /// <summary>The blocked domains in force: <see cref="BlockedEmailDomains"/> when set, else the defaults.</summary>
    public IReadOnlyList<string> EffectiveBlockedEmailDomains =>
        BlockedEmailDomains is null ? DisposableEmailDomains.Defaults : [.. BlockedEmailDomains];
}
