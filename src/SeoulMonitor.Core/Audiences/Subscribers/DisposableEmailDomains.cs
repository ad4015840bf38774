using System.Collections.Frozen;
using System.Globalization;

namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>
/// A set of blocked disposable-mail domains. A domain blocks itself and its subdomains (<c>mailinator.com</c> blocks
/// <c>eu.mailinator.com</c>); domains are compared in their ASCII (punycode), lower-case form.
/// </summary>
public sealed class DisposableEmailDomains
{
    private readonly FrozenSet<string> _domains;

    /// <summary>Creates the set; blank entries are ignored, a leading '@' or '.' is dropped.</summary>
    public DisposableEmailDomains(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        _domains = domains.Where(static d => !string.IsNullOrWhiteSpace(d)).Select(Canonical).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The default blocked domains: well-known throw-away mail services.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "mailinator.com", "guerrillamail.com", "guerrillamail.net", "sharklasers.com", "10minutemail.com",
        "yopmail.com", "tempmail.com", "temp-mail.org", "trashmail.com", "getnada.com", "dispostable.com", "maildrop.cc",
    ];

    /// <summary>The default set.</summary>
    public static DisposableEmailDomains Default { get; } = new(Defaults);

    /// <summary>The blocked domains (ASCII, lower case).</summary>
    public IReadOnlySet<string> Domains => _domains;

    /// <summary>Whether <paramref name="domain"/> (any case, Unicode or punycode) is blocked or a subdomain of a blocked one.</summary>
    public bool Blocks(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var candidate = Canonical(domain);
        while (true)
        {
            if (_domains.Contains(candidate))
            {
                return true;
            }

            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return false;
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    /// <summary>Whether every entry is a domain name (used to validate configuration).</summary>
    internal static bool IsDomainName(string value)
    {
        try
        {
            var ascii = Canonical(value);
            return ascii.Length is > 0 and <= 253 && ascii.Contains('.', StringComparison.Ordinal) &&
                   ascii.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') && !ascii.Contains("..", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Canonical(string domain) =>
        new IdnMapping().GetAscii(domain.Trim().TrimStart('@', '.').ToLowerInvariant()).ToLowerInvariant();
}
