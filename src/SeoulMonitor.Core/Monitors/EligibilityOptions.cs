namespace SeoulMonitor.Core.Monitors;

/// <summary>The eligibility rules as data: which provinces and what minimum international age (만 나이).</summary>
public sealed class EligibilityOptions
{
    /// <summary>Province codes whose residents may apply. Default: 11 (Seoul), 28 (Incheon), 41 (Gyeonggi).</summary>
    public IList<string> ProvinceCodes { get; set; } = ["11", "28", "41"];

    /// <summary>Minimum age in full years on the evaluation date in Asia/Seoul. Default 19.</summary>
    public int MinimumAge { get; set; } = 19;
}
