using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The audience keys the program can mail. Its monitors, who consented to the program's use of their data when they
/// applied: <c>monitors</c> (every active monitor), optionally followed by <c>:</c> and comma-separated filters
/// <c>province=CODE</c> (a province code such as <c>11</c>) and <c>district=NAME</c> (a district's Korean name such as
/// <c>마포구</c>), each at most once: <c>monitors:district=마포구</c>, <c>monitors:province=11,district=중구</c>.
/// Consenting subscribers: <c>list:{key}</c> (a list's key, e-mail) or <c>list:{key}:sms</c> (its SMS consents), and
/// <c>segment:{id}</c> (a saved segment's id; the segment names its channel). Parsing checks the syntax only; whether
/// the list or segment exists is checked by <c>AudienceResolver.CriteriaAsync</c>.
/// </summary>
public static class AudienceKeys
{
    /// <summary>The segment of all active monitors.</summary>
    public const string Monitors = "monitors";

    /// <summary>The province filter's name.</summary>
    public const string ProvinceFilter = "province";

    /// <summary>The district filter's name.</summary>
    public const string DistrictFilter = "district";

    /// <summary>The prefix of a list audience.</summary>
    public const string ListPrefix = "list";

    /// <summary>The prefix of a segment audience.</summary>
    public const string SegmentPrefix = "segment";

    /// <summary>The suffix of a list audience on SMS.</summary>
    public const string SmsSuffix = "sms";

    /// <summary>The suffix of a list audience on e-mail (the default, dropped from the canonical text).</summary>
    public const string EmailSuffix = "email";

    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Parses and validates a key against <paramref name="regions"/> (default: the built-in catalog).</summary>
    /// <returns>The key, or <c>campaign.audience.unknown</c> naming what is wrong.</returns>
    public static Result<AudienceKey> TryParse(string? key, RegionCatalog? regions = null)
    {
        regions ??= RegionCatalog.Default;
        var text = key?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return Unknown(key);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var segment = colon < 0 ? text : text[..colon];
        if (colon > 0 && string.Equals(segment, ListPrefix, StringComparison.Ordinal))
        {
            return ParseList(key, text[(colon + 1)..]);
        }

        if (colon > 0 && string.Equals(segment, SegmentPrefix, StringComparison.Ordinal))
        {
            return Guid.TryParseExact(text[(colon + 1)..], "D", out var id) ? AudienceKey.ForSegment(id) : Unknown(key);
        }

        if (!string.Equals(segment, Monitors, StringComparison.Ordinal))
        {
            return Unknown(key);
        }

        string? province = null, district = null;
        foreach (var filter in colon < 0 ? [] : text[(colon + 1)..].Split(','))
        {
            var parts = filter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                return Unknown(key);
            }

            switch (parts[0])
            {
                case ProvinceFilter when province is null && regions.HasProvince(parts[1]):
                    province = parts[1];
                    break;
                case DistrictFilter when district is null && regions.Districts.FirstOrDefault(d => d.IsNamed(parts[1])) is { } found:
                    district = found.NameKo;
                    break;
                default:
                    return Unknown(key);
            }
        }

        return new AudienceKey(province, district);
    }

    /// <summary>Whether a list key has the shape of one: lower-case letters (or uncased ones such as Hangul), digits and '-'.</summary>
    public static bool IsListKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length is > 0 and <= Audiences.AudienceLimits.ListKeyMaxLength
            && key.All(static c => c == '-' || char.IsAsciiDigit(c) || (char.IsLetter(c) && !char.IsUpper(c)));
    }

    private static Result<AudienceKey> ParseList(string? key, string rest)
    {
        var parts = rest.Split(':');
        var channel = DeliveryChannel.Email;
        if (parts.Length > 2 || !IsListKey(parts[0]))
        {
            return Unknown(key);
        }

        if (parts.Length == 2)
        {
            switch (parts[1])
            {
                case SmsSuffix:
                    channel = DeliveryChannel.Sms;
                    break;
                case EmailSuffix:
                    break;
                default:
                    return Unknown(key);
            }
        }

        return AudienceKey.ForList(parts[0], channel);
    }

    private static DomainError Unknown(string? key) => DomainError.Validation(
        "campaign.audience.unknown",
        "audience",
        $"Unknown audience '{Shorten(key)}': use 'monitors' (optionally with ':province=CODE' and/or 'district=NAME', for example 'monitors:district=마포구'), 'list:KEY' (or 'list:KEY:sms') or 'segment:ID'.",
        $"알 수 없는 수신 대상 '{Shorten(key)}'입니다. 'monitors'(뒤에 ':province=코드', 'district=자치구 이름'을 붙일 수 있음, 예: 'monitors:district=마포구'), 'list:목록키'('list:목록키:sms') 또는 'segment:세그먼트ID'를 쓰세요.");

    private static string Shorten(string? key) => key is null ? "" : key.Length <= 60 ? key : key[..60] + "…";
}
