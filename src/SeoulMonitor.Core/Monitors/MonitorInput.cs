using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// Parses and normalises the personal data of applicants and monitors from the strings clients send. Every refusal
/// has a field-specific code under the given entity (<c>application.mobile.invalid</c>, <c>membership.email.too_long</c>).
/// </summary>
public static partial class MonitorInput
{
    /// <summary>A name: trimmed, inner white space collapsed, 2–50 characters, no control characters.</summary>
    public static Result<string> Name(string entity, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Required(entity, "name", "Name", "이름");
        }

        var name = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Any(char.IsControl))
        {
            return Invalid(entity, "name", "The name contains control characters.", "이름에 제어 문자가 있습니다.");
        }

        if (name.Length < MonitorLimits.NameMinLength)
        {
            return DomainError.Validation($"{entity}.name.too_short", "name",
                $"The name must have at least {MonitorLimits.NameMinLength} characters.", $"이름은 {MonitorLimits.NameMinLength}자 이상이어야 합니다.");
        }

        return name.Length > MonitorLimits.NameMaxLength
            ? TooLong(entity, "name", MonitorLimits.NameMaxLength, "The name", "이름")
            : name;
    }

    /// <summary>A birth date as <c>yyyy-MM-dd</c> that exists, is not after <paramref name="today"/> and not before 1900.</summary>
    public static Result<DateOnly> BirthDate(string entity, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Required(entity, "birth_date", "Birth date", "생년월일");
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            date.Year < MonitorLimits.EarliestBirthYear)
        {
            return Invalid(entity, "birth_date", "The birth date is not a real date in the form yyyy-MM-dd.", "생년월일이 yyyy-MM-dd 형식의 실제 날짜가 아닙니다.");
        }

        return date > today
            ? DomainError.Validation($"{entity}.birth_date.future", "birth_date", "The birth date is in the future.", "생년월일이 미래 날짜입니다.")
            : date;
    }

    /// <summary>An e-mail address: trimmed, domain lower-cased, at most 254 characters, a plain address (no display name).</summary>
    public static Result<string> Email(string entity, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Required(entity, "email", "E-mail", "이메일");
        }

        var text = value.Trim();
        if (text.Length > MonitorLimits.EmailMaxLength)
        {
            return TooLong(entity, "email", MonitorLimits.EmailMaxLength, "The e-mail address", "이메일 주소");
        }

        var at = text.LastIndexOf('@');
        if (at is <= 0 || at > 64 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ||
            !MailAddress.TryCreate(text, out var address) || !string.Equals(address.Address, text, StringComparison.Ordinal) ||
            !address.Host.Contains('.', StringComparison.Ordinal) || address.Host.StartsWith('.') || address.Host.EndsWith('.'))
        {
            return Invalid(entity, "email", "The e-mail address is not valid.", "이메일 주소가 올바르지 않습니다.");
        }

        return address.User + "@" + address.Host.ToLowerInvariant();
    }

    /// <summary>
    /// A Korean mobile number, normalised to 11 digits (<c>01012345678</c>). Accepts spaces, hyphens, dots and the
    /// <c>+82 10…</c> / <c>+82 010…</c> / <c>82 10…</c> forms; the number must match <c>^010[2-9][0-9]{7}$</c>.
    /// </summary>
    public static Result<string> Mobile(string entity, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Required(entity, "mobile", "Mobile number", "휴대전화 번호");
        }

        if (value.Length > MonitorLimits.MobileInputMaxLength)
        {
            return InvalidMobile(entity);
        }

        var digits = new StringBuilder();
        var text = value.Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.') && !(c == '+' && i == 0))
            {
                return InvalidMobile(entity);
            }
        }

        var number = digits.ToString();
        if (text.StartsWith('+') || (number.StartsWith("82", StringComparison.Ordinal) && number.Length == 12))
        {
            // +82 10-…, and the common +82 010-… too: the national number without its trunk 0, then 0 put back once.
            number = number.StartsWith("82", StringComparison.Ordinal) ? "0" + number[2..].TrimStart('0') : string.Empty;
        }

        return MobilePattern().IsMatch(number) ? number : InvalidMobile(entity);
    }

    /// <summary>A province (code, Korean or English name) and one of its districts that exists on <paramref name="on"/>.</summary>
    public static Result<District> Residence(string entity, RegionCatalog catalog, string? province, string? district, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (string.IsNullOrWhiteSpace(province))
        {
            return Required(entity, "province", "Province", "시·도");
        }

        var found = province.Length <= MonitorLimits.RegionNameMaxLength ? catalog.FindProvince(province) : null;
        if (found is null)
        {
            return DomainError.Validation($"{entity}.province.unknown", "province", $"The province '{Cut(province)}' is unknown.", $"'{Cut(province)}'은(는) 알 수 없는 시·도입니다.");
        }

        if (string.IsNullOrWhiteSpace(district))
        {
            return Required(entity, "district", "District", "시·군·구");
        }

        var unit = district.Length <= MonitorLimits.RegionNameMaxLength ? catalog.FindDistrict(found.Code, district, on) : null;
        return unit ?? (Result<District>)DomainError.Validation($"{entity}.district.unknown", "district",
            $"'{Cut(district)}' is not a district of {found.NameEn} on {on:yyyy-MM-dd}.",
            $"'{Cut(district)}'은(는) {on:yyyy-MM-dd} 현재 {found.NameKo}의 시·군·구가 아닙니다.");
    }

    /// <summary>A reason: trimmed, 1–1000 characters; <see langword="null"/> allowed only when not <paramref name="required"/>.</summary>
    public static Result<string?> Reason(string entity, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Required(entity, "reason", "A reason", "사유") : Result<string?>.Success(null);
        }

        var reason = value.Trim();
        return reason.Length > MonitorLimits.ReasonMaxLength
            ? TooLong(entity, "reason", MonitorLimits.ReasonMaxLength, "The reason", "사유")
            : reason;
    }

    /// <summary>An enum member by its declared name (ignoring case); unknown names are refused with <c>{entity}.{field}.unknown</c>.</summary>
    public static Result<TEnum?> Enum<TEnum>(string entity, string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result<TEnum?>.Success(null);
        }

        var name = System.Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? (TEnum?)System.Enum.Parse<TEnum>(name)
            : DomainError.Validation($"{entity}.{field}.unknown", field,
                $"'{Cut(value)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.",
                $"'{Cut(value)}'은(는) 허용되는 값({string.Join(", ", System.Enum.GetNames<TEnum>())})이 아닙니다.");
    }

    /// <summary>Paging: skip ≥ 0, 1 ≤ take ≤ <see cref="MonitorLimits.MaxPageSize"/>.</summary>
    public static Result<(int Skip, int Take)> Page(string entity, int? skip, int? take)
    {
        var s = skip ?? 0;
        var t = take ?? MonitorLimits.DefaultPageSize;
        return s < 0 || t < 1 || t > MonitorLimits.MaxPageSize
            ? DomainError.Validation($"{entity}.paging.invalid", "take",
                $"skip must be 0 or more and take between 1 and {MonitorLimits.MaxPageSize}.", $"skip은 0 이상, take는 1~{MonitorLimits.MaxPageSize}이어야 합니다.")
            : (s, t);
    }

    internal static DomainError Required(string entity, string field, string en, string ko) =>
        DomainError.Validation($"{entity}.{field}.required", field, $"{en} is required.", $"{ko}을(를) 입력하세요.");

    internal static DomainError TooLong(string entity, string field, int max, string en, string ko) =>
        DomainError.Validation($"{entity}.{field}.too_long", field, $"{en} may have at most {max} characters.", $"{ko}은(는) {max}자 이하여야 합니다.");

    private static DomainError Invalid(string entity, string field, string en, string ko) =>
        DomainError.Validation($"{entity}.{field}.invalid", field, en, ko);

    private static DomainError InvalidMobile(string entity) => Invalid(entity, "mobile",
        "The mobile number must be a 010 number such as 010-1234-5678.", "휴대전화 번호는 010-1234-5678 형식의 010 번호여야 합니다.");

    private static string Cut(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^010[2-9][0-9]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();
}
