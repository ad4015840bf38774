using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Tests.Regions;

public sealed class RegionCatalogTests
{
    private static readonly DateOnly BeforeChange = new(2026, 6, 30);
    private static readonly DateOnly FromChange = new(2026, 7, 1);
    private static RegionCatalog Catalog => RegionCatalog.Default;

    [Fact]
    public void Default_EmbeddedTable_HasThreeProvincesAndTheirDistricts()
    {
        Assert.Equal(["11", "28", "41"], Catalog.Provinces.Select(p => p.Code));
        Assert.Equal(25, Catalog.DistrictsOn("11", BeforeChange).Count);
        Assert.Equal(10, Catalog.DistrictsOn("28", BeforeChange).Count);
        Assert.Equal(11, Catalog.DistrictsOn("28", FromChange).Count);
        Assert.Equal(31, Catalog.DistrictsOn("41", FromChange).Count);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("서울특별시")]
    [InlineData("Seoul")]
    [InlineData("seoul")]
    [InlineData(" SEOUL ")]
    public void FindProvince_CodeOrName_FindsSeoul(string key) => Assert.Equal("11", Catalog.FindProvince(key)?.Code);

    [Theory]
    [InlineData("부산광역시")]
    [InlineData("26")]
    [InlineData("")]
    public void FindProvince_Unknown_ReturnsNull(string key) => Assert.Null(Catalog.FindProvince(key));

    [Theory]
    [InlineData("중구", true, false)]
    [InlineData("동구", true, false)]
    [InlineData("Jung-gu", true, false)]
    [InlineData("제물포구", false, true)]
    [InlineData("영종구", false, true)]
    [InlineData("검단구", false, true)]
    [InlineData("geomdan-gu", false, true)]
    [InlineData("서구", true, true)]
    [InlineData("미추홀구", true, true)]
    public void FindDistrict_IncheonReorganisation_ValidOnlyInItsPeriod(string name, bool before, bool from)
    {
        Assert.Equal(before, Catalog.FindDistrict("28", name, BeforeChange) is not null);
        Assert.Equal(from, Catalog.FindDistrict("28", name, FromChange) is not null);
    }

    [Fact]
    public void FindDistrict_SeoulJungGu_IsNotAffectedByIncheonChange()
    {
        var jung = Catalog.FindDistrict("11", "중구", FromChange);

        Assert.NotNull(jung);
        Assert.Equal("중부소방서", jung.FireStationKo);
    }

    [Theory]
    [InlineData("11", "Gangnam-gu", "강남구")]
    [InlineData("11", "GANGNAM-GU", "강남구")]
    [InlineData("41", "수원시", "수원시")]
    public void FindDistrict_KoreanOrEnglishName_ReturnsKoreanCanonicalName(string province, string name, string expected) =>
        Assert.Equal(expected, Catalog.FindDistrict(province, name, FromChange)?.NameKo);

    [Theory]
    [InlineData("11", "수원시")]
    [InlineData("41", "강남구")]
    [InlineData("11", "Atlantis-gu")]
    public void FindDistrict_NotInProvince_ReturnsNull(string province, string name) =>
        Assert.Null(Catalog.FindDistrict(province, name, FromChange));

    [Fact]
    public void Districts_EverySeoulDistrict_HasItsFireStation() =>
        Assert.All(Catalog.DistrictsOn("11", FromChange), d => Assert.EndsWith("소방서", d.FireStationKo, StringComparison.Ordinal));

    [Fact]
    public void Parse_RowWithMissingColumns_Throws() =>
        Assert.Throws<FormatException>(() => RegionCatalog.Parse("header\n11,서울특별시,Seoul,종로구\n"));
}
