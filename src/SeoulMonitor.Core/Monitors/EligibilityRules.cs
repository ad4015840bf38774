using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// Who may be a monitor, as data (<see cref="EligibilityOptions"/>): a resident of one of the configured provinces,
/// in a district that exists on the evaluation date, who has completed the minimum international age (만 나이) on
/// that date in Asia/Seoul.
/// </summary>
public sealed class EligibilityRules
{
    private readonly EligibilityOptions _options;
    private readonly RegionCatalog _regions;

    /// <summary>Creates the rules from the configured options.</summary>
    public EligibilityRules(IOptions<SeoulMonitorCoreOptions> options, RegionCatalog regions)
        : this(options?.Value.Eligibility ?? throw new ArgumentNullException(nameof(options)), regions)
    {
    }

    /// <summary>Creates the rules from explicit options.</summary>
    public EligibilityRules(EligibilityOptions options, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(regions);
        _options = options;
        _regions = regions;
    }

    /// <summary>The refusal, or <see langword="null"/> when the person is eligible on <paramref name="on"/> (a Seoul date).</summary>
    public DomainError? Evaluate(DateOnly birthDate, string provinceCode, string district, DateOnly on)
    {
        if (!InternationalAge.IsAtLeast(birthDate, on, _options.MinimumAge))
        {
            return DomainError.Rule("eligibility.age",
                $"Monitors must be at least {_options.MinimumAge} years old (international age) on {on:yyyy-MM-dd}.",
                $"모니터는 {on:yyyy-MM-dd} 기준 만 {_options.MinimumAge}세 이상이어야 합니다.");
        }

        if (!_options.EffectiveProvinceCodes.Contains(provinceCode) || _regions.FindDistrict(provinceCode, district, on) is null)
        {
            var provinces = string.Join(", ", _options.EffectiveProvinceCodes.Select(c => _regions.FindProvince(c)?.NameEn ?? c));
            var provincesKo = string.Join(", ", _options.EffectiveProvinceCodes.Select(c => _regions.FindProvince(c)?.NameKo ?? c));
            return DomainError.Rule("eligibility.region",
                $"Monitors must live in a current district of {provinces} on {on:yyyy-MM-dd}.",
                $"모니터는 {on:yyyy-MM-dd} 기준 {provincesKo}의 현행 시·군·구에 거주해야 합니다.");
        }

        return null;
    }
}
