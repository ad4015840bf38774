using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Tests.Monitors;

public sealed class EligibilityTests
{
    private static readonly EligibilityRules Rules = new(new EligibilityOptions(), RegionCatalog.Default);

    [Theory]
    [InlineData("2005-03-10", "2024-03-09", 18)]
    [InlineData("2005-03-10", "2024-03-10", 19)]
    [InlineData("2005-02-28", "2024-02-28", 19)]
    [InlineData("2004-02-29", "2023-02-28", 18)]
    [InlineData("2004-02-29", "2023-03-01", 19)]
    [InlineData("2008-02-29", "2027-02-28", 18)]
    [InlineData("2008-02-29", "2027-03-01", 19)]
    [InlineData("2004-02-29", "2024-02-29", 20)]
    public void InternationalAge_Vectors_MatchCivilCode(string birth, string on, int expected)
    {
        var birthDate = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture);
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, InternationalAge.On(birthDate, date));
        Assert.Equal(expected >= 19, InternationalAge.IsAtLeast(birthDate, date, 19));
        Assert.Equal(expected >= 19, Rules.Evaluate(birthDate, "11", "강남구", date) is null);
    }

    [Fact]
    public void InternationalAge_Feb29_DiffersFromAddYears()
    {
        var birth = new DateOnly(2004, 2, 29);

        Assert.Equal(new DateOnly(2023, 2, 28), birth.AddYears(19));
        Assert.Equal(new DateOnly(2023, 3, 1), InternationalAge.Anniversary(birth, 19));
    }

    [Fact]
    public void Evaluate_Under19_RefusedWithEligibilityAge() =>
        Assert.Equal("eligibility.age", Rules.Evaluate(new DateOnly(2005, 3, 10), "11", "강남구", new DateOnly(2024, 3, 9))?.Code);

    [Fact]
    public void Evaluate_SeoulInstantStillPreviousDayInUtc_UsesSeoulDate()
    {
        var instant = new DateTimeOffset(2024, 3, 9, 15, 30, 0, TimeSpan.Zero);

        var seoulDate = SeoulCalendar.DateAt(instant);

        Assert.Equal(new DateOnly(2024, 3, 10), seoulDate);
        Assert.Null(Rules.Evaluate(new DateOnly(2005, 3, 10), "11", "강남구", seoulDate));
        Assert.Equal("eligibility.age", Rules.Evaluate(new DateOnly(2005, 3, 10), "11", "강남구", DateOnly.FromDateTime(instant.UtcDateTime))?.Code);
    }

    [Theory]
    [InlineData("11", "강남구", "2026-07-01", true)]
    [InlineData("28", "중구", "2026-06-30", true)]
    [InlineData("28", "중구", "2026-07-01", false)]
    [InlineData("28", "제물포구", "2026-06-30", false)]
    [InlineData("28", "제물포구", "2026-07-01", true)]
    [InlineData("28", "서구", "2026-06-30", true)]
    [InlineData("28", "서구", "2026-07-01", true)]
    [InlineData("41", "수원시", "2026-07-01", true)]
    public void Evaluate_Residence_EligibleOnlyInCurrentDistrict(string province, string district, string on, bool eligible)
    {
        var result = Rules.Evaluate(new DateOnly(1990, 1, 1), province, district, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(eligible ? null : "eligibility.region", result?.Code);
    }

    [Fact]
    public void Evaluate_ProvinceNotConfigured_RefusedWithEligibilityRegion()
    {
        var seoulOnly = new EligibilityRules(new EligibilityOptions { ProvinceCodes = ["11"] }, RegionCatalog.Default);

        Assert.Equal("eligibility.region", seoulOnly.Evaluate(new DateOnly(1990, 1, 1), "41", "수원시", new DateOnly(2026, 3, 2))?.Code);
        Assert.Null(seoulOnly.Evaluate(new DateOnly(1990, 1, 1), "11", "종로구", new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void Evaluate_ConfiguredMinimumAge_IsData()
    {
        var twenty = new EligibilityRules(new EligibilityOptions { MinimumAge = 20 }, RegionCatalog.Default);

        Assert.Equal("eligibility.age", twenty.Evaluate(new DateOnly(2005, 3, 10), "11", "강남구", new DateOnly(2024, 3, 10))?.Code);
        Assert.Null(twenty.Evaluate(new DateOnly(2005, 3, 10), "11", "강남구", new DateOnly(2025, 3, 10)));
    }
}
