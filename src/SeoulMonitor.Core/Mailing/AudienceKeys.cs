using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The audience keys the program can mail until consent-aware subscriber audiences exist: its monitors, who consented
/// to the program's use of their data when they applied. Syntax: <c>monitors</c> (every active monitor), optionally
/// followed by <c>:</c> and comma-separated filters <c>province=CODE</c> (a province code such as <c>11</c>) and
/// <c>district=NAME</c> (a district's Korean name such as <c>마포구</c>), each at most once:
/// <c>monitors:district=마포구</c>, <c>monitors:province=11</c>, <c>monitors:province=11,district=중구</c>.
/// </summary>
public static class AudienceKeys
{
    /// <summary>The segment of all active monitors.</summary>
    public const string Monitors = "monitors";

    /// <summary>The province filter's name.</summary>
    public const string ProvinceFilter = "province";

    /// <summary>The district filter's name.</summary>
    public const string DistrictFilter = "district";

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

    private static DomainError Unknown(string? key) => DomainError.Validation(
        "campaign.audience.unknown",
        "audience",
        $"Unknown audience '{Shorten(key)}': use 'monitors', optionally with ':province=CODE' and/or 'district=NAME' (for example 'monitors:district=마포구').",
        $"알 수 없는 수신 대상 '{Shorten(key)}'입니다. 'monitors' 뒤에 ':province=코드', 'district=자치구 이름'을 붙일 수 있습니다(예: 'monitors:district=마포구').");

    private static string Shorten(string? key) => key is null ? "" : key.Length <= 60 ? key : key[..60] + "…";
}
