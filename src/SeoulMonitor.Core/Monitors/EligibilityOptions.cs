namespace SeoulMonitor.Core.Monitors;

/// <summary>The eligibility rules as data: which provinces and what minimum international age (만 나이).</summary>
public sealed class EligibilityOptions
{
    private static readonly string[] DefaultProvinceCodes = ["11", "28", "41"];

    /// <summary>
    /// Province codes whose residents may apply. Default (when not set): 11 (Seoul), 28 (Incheon), 41 (Gyeonggi).
    /// Setting it, in code or configuration, replaces the default set.
    /// </summary>
    public IList<string>? ProvinceCodes { get; set; }

    /// <summary>Minimum age in full years on the evaluation date in Asia/Seoul. Default 19.</summary>
    public int MinimumAge { get; set; } = 19;

    /// <summary>The province codes in force: <see cref="ProvinceCodes"/> when set, else the default set.</summary>
    public IReadOnlyList<string> EffectiveProvinceCodes => ProvinceCodes is null ? DefaultProvinceCodes : [.. ProvinceCodes];
}
