using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Audiences.Subscribers;

/// <summary>
/// How subscribers' addresses are normalised, which is also how they are deduplicated, and which addresses are accepted.
/// <para>
/// E-mail: trimmed; must be a plain address (no display name, no white space or control characters, local part at most
/// 64 characters, a dotted domain; the monitor rules, <see cref="MonitorInput.Email"/>), else
/// <c>subscriber.email.required</c>, <c>.too_long</c> or <c>.invalid</c>. It is then lower-cased as a whole and its
/// domain is written in Unicode (<c>사용자@xn--...</c> and <c>사용자@도메인.한국</c> are one subscriber); sub-addresses
/// (<c>name+tag@</c>) are kept as written, so <c>a+news@x.kr</c> and <c>a@x.kr</c> are two subscribers. New addresses
/// are also refused when their domain, or a parent of it, is on the configured list of disposable-mail domains
/// (<see cref="AudienceOptions.BlockedEmailDomains"/>; code <c>subscriber.email.disposable</c>). Everything else is
/// accepted: no look-up of the domain's mail servers is made.
/// </para>
/// <para>
/// Mobile: spaces, hyphens and dots are dropped, <c>+82 10…</c>, <c>+82 010…</c> and <c>82 10…</c> become
/// <c>010…</c>; the result must be 11 digits matching <c>010[2-9]xxxxxxx</c> (<see cref="MonitorInput.Mobile"/>), else
/// <c>subscriber.mobile.invalid</c> (old 011/016/017/018/019 numbers, 10 or 12 digits and letters are refused).
/// </para>
/// </summary>
public static class SubscriberAddress
{
    /// <summary>The entity name used in error codes.</summary>
    public const string Entity = "subscriber";

    /// <summary>
    /// The normalised e-mail address, or the malformed-address error. Used to look addresses up (an address held
    /// before its domain was blocked is still found); new addresses go through <see cref="NewEmail"/>.
    /// </summary>
    public static Result<string> Email(string? value)
    {
        var parsed = MonitorInput.Email(Entity, value);
        if (!parsed.IsSuccess)
        {
            return parsed;
        }

        var address = parsed.Value;
        var at = address.LastIndexOf('@');
        string domain;
        try
        {
            var idn = new IdnMapping();
            var ascii = idn.GetAscii(address[(at + 1)..].ToLowerInvariant());
            domain = idn.GetUnicode(ascii).ToLowerInvariant();
            if (at + 1 + ascii.Length > AudienceLimits.EmailMaxLength)
            {
                return MonitorInput.TooLong(Entity, "email", AudienceLimits.EmailMaxLength, "The e-mail address", "이메일 주소");
            }
        }
        catch (ArgumentException)
        {
            return InvalidEmail();
        }

        return address[..at].ToLowerInvariant() + "@" + domain;
    }

    /// <summary>
    /// A new subscriber's e-mail address: <see cref="Email(string?)"/>, then refused with
    /// <c>subscriber.email.disposable</c> when <paramref name="blocked"/> blocks its domain.
    /// </summary>
    public static Result<string> NewEmail(string? value, DisposableEmailDomains blocked)
    {
        ArgumentNullException.ThrowIfNull(blocked);
        var email = Email(value);
        if (!email.IsSuccess)
        {
            return email;
        }

        var domain = email.Value[(email.Value.LastIndexOf('@') + 1)..];
        return blocked.Blocks(domain)
            ? DomainError.Validation($"{Entity}.email.disposable", "email",
                $"Addresses at the disposable-mail domain '{domain}' are not accepted; use a permanent address.",
                $"일회용 메일 도메인('{domain}')의 주소는 받지 않습니다. 계속 사용하는 주소를 입력하세요.")
            : email;
    }

    /// <summary>The normalised mobile number (01012345678), or the validation error.</summary>
    public static Result<string> Mobile(string? value) => MonitorInput.Mobile(Entity, value);

    private static DomainError InvalidEmail() => DomainError.Validation($"{Entity}.email.invalid", "email",
        "The e-mail address is not valid.", "이메일 주소가 올바르지 않습니다.");
}
