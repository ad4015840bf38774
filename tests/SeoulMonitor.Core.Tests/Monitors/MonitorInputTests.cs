using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Tests.Monitors;

public sealed class MonitorInputTests
{
    private const string Entity = "application";
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("010-2345-6789")]
    [InlineData("01023456789")]
    [InlineData("010 2345 6789")]
    [InlineData("010.2345.6789")]
    [InlineData("+82 10-2345-6789")]
    [InlineData("+821023456789")]
    [InlineData("+82 010-2345-6789")]
    [InlineData("82 10 2345 6789")]
    [InlineData(" 010-2345-6789 ")]
    public void Mobile_AcceptedForms_NormalisedToElevenDigits(string input) =>
        Assert.Equal("01023456789", MonitorInput.Mobile(Entity, input).Value);

    [Theory]
    [InlineData("011-234-5678")]
    [InlineData("010-0123-4567")]
    [InlineData("010-1999-4567")]
    [InlineData("010-123-4567")]
    [InlineData("010-12345-6789")]
    [InlineData("02-123-4567")]
    [InlineData("010-1234-567a")]
    [InlineData("010/1234/5678")]
    [InlineData("+1 010 2345 6789")]
    [InlineData("010-2345-6789-0000-0000")]
    public void Mobile_Malformed_RefusedWithMobileInvalid(string input) =>
        Assert.Equal("application.mobile.invalid", MonitorInput.Mobile(Entity, input).Error?.Code);

    [Fact]
    public void Mobile_LowestAssignedMiddleBlock_Accepted() =>
        Assert.Equal("01020000000", MonitorInput.Mobile(Entity, "010-2000-0000").Value);

    [Theory]
    [InlineData("kim@Example.COM", "kim@example.com")]
    [InlineData("  Kim.Min@seoul.go.kr ", "Kim.Min@seoul.go.kr")]
    [InlineData("a+tag@sub.example.kr", "a+tag@sub.example.kr")]
    public void Email_Valid_TrimmedWithLowerCaseDomain(string input, string expected) =>
        Assert.Equal(expected, MonitorInput.Email(Entity, input).Value);

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("kim@")]
    [InlineData("kim@localhost")]
    [InlineData("Kim <kim@example.com>")]
    [InlineData("kim @example.com")]
    [InlineData("kim@example..com")]
    [InlineData("kim@example.com.")]
    public void Email_Malformed_RefusedWithEmailInvalid(string input) =>
        Assert.Equal("application.email.invalid", MonitorInput.Email(Entity, input).Error?.Code);

    [Fact]
    public void Email_AtLimit_AcceptedAndOverLimit_Refused()
    {
        var domain = new string('d', 63) + "." + new string('e', 63) + "." + new string('f', MonitorLimits.EmailMaxLength - 64 - 1 - 63 - 1 - 63 - 1 - 3) + ".kr";
        var atLimit = new string('a', 64) + "@" + domain;

        Assert.Equal(MonitorLimits.EmailMaxLength, atLimit.Length);
        Assert.True(MonitorInput.Email(Entity, atLimit).IsSuccess, MonitorInput.Email(Entity, atLimit).Error?.Code);
        Assert.Equal("application.email.too_long", MonitorInput.Email(Entity, "b" + atLimit).Error?.Code);
        Assert.Equal("application.email.invalid", MonitorInput.Email(Entity, new string('a', 65) + "@example.com").Error?.Code);
    }

    [Fact]
    public void Name_Limits_AreEnforced()
    {
        Assert.Equal("application.name.too_short", MonitorInput.Name(Entity, new string('김', MonitorLimits.NameMinLength - 1)).Error?.Code);
        Assert.True(MonitorInput.Name(Entity, new string('김', MonitorLimits.NameMinLength)).IsSuccess);
        Assert.True(MonitorInput.Name(Entity, new string('김', MonitorLimits.NameMaxLength)).IsSuccess);
        Assert.Equal("application.name.too_long", MonitorInput.Name(Entity, new string('김', MonitorLimits.NameMaxLength + 1)).Error?.Code);
    }

    [Theory]
    [InlineData("  홍   길동 ", "홍 길동")]
    [InlineData("Kim Min-jun", "Kim Min-jun")]
    public void Name_WhiteSpace_Collapsed(string input, string expected) => Assert.Equal(expected, MonitorInput.Name(Entity, input).Value);

    [Theory]
    [InlineData(null, "application.name.required")]
    [InlineData("   ", "application.name.required")]
    [InlineData("홍\u0000길동", "application.name.invalid")]
    public void Name_MissingOrControlCharacters_Refused(string? input, string code) =>
        Assert.Equal(code, MonitorInput.Name(Entity, input).Error?.Code);

    [Theory]
    [InlineData("2005-02-29", "application.birth_date.invalid")]
    [InlineData("2005-13-01", "application.birth_date.invalid")]
    [InlineData("2005-3-10", "application.birth_date.invalid")]
    [InlineData("10/03/2005", "application.birth_date.invalid")]
    [InlineData("1899-12-31", "application.birth_date.invalid")]
    [InlineData("2026-03-03", "application.birth_date.future")]
    [InlineData("", "application.birth_date.required")]
    public void BirthDate_Bad_RefusedWithStableCode(string input, string code) =>
        Assert.Equal(code, MonitorInput.BirthDate(Entity, input, Today).Error?.Code);

    [Fact]
    public void BirthDate_TodayAndEarliestYear_Accepted()
    {
        Assert.Equal(Today, MonitorInput.BirthDate(Entity, "2026-03-02", Today).Value);
        Assert.Equal(new DateOnly(MonitorLimits.EarliestBirthYear, 1, 1), MonitorInput.BirthDate(Entity, "1900-01-01", Today).Value);
    }

    [Theory]
    [InlineData("인천광역시", "중구", "2026-06-30", null)]
    [InlineData("인천광역시", "중구", "2026-07-01", "application.district.unknown")]
    [InlineData("인천광역시", "동구", "2026-07-01", "application.district.unknown")]
    [InlineData("Incheon", "Yeongjong-gu", "2026-06-30", "application.district.unknown")]
    [InlineData("Incheon", "Yeongjong-gu", "2026-07-01", null)]
    [InlineData("28", "검단구", "2026-07-01", null)]
    [InlineData("28", "서구", "2026-06-30", null)]
    [InlineData("28", "서구", "2026-07-01", null)]
    [InlineData("부산광역시", "해운대구", "2026-07-01", "application.province.unknown")]
    [InlineData("서울특별시", "없는구", "2026-07-01", "application.district.unknown")]
    [InlineData("", "강남구", "2026-07-01", "application.province.required")]
    [InlineData("서울특별시", "", "2026-07-01", "application.district.required")]
    public void Residence_ProvinceAndDistrict_ValidatedOnDate(string province, string district, string on, string? code)
    {
        var result = MonitorInput.Residence(Entity, RegionCatalog.Default, province, district, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public void Residence_OversizedInput_RefusedAsUnknown() =>
        Assert.Equal("application.district.unknown",
            MonitorInput.Residence(Entity, RegionCatalog.Default, "서울특별시", new string('구', MonitorLimits.RegionNameMaxLength + 1), Today).Error?.Code);

    [Fact]
    public void Reason_Limits_AreEnforced()
    {
        Assert.Equal("application.reason.required", MonitorInput.Reason(Entity, " ", required: true).Error?.Code);
        Assert.Null(MonitorInput.Reason(Entity, null, required: false).Value);
        Assert.True(MonitorInput.Reason(Entity, new string('r', MonitorLimits.ReasonMaxLength), required: true).IsSuccess);
        Assert.Equal("application.reason.too_long", MonitorInput.Reason(Entity, new string('r', MonitorLimits.ReasonMaxLength + 1), required: true).Error?.Code);
    }

    [Theory]
    [InlineData("Submitted", ApplicationState.Submitted)]
    [InlineData("returnedforinfo", ApplicationState.ReturnedForInfo)]
    public void Enum_KnownName_Parsed(string input, ApplicationState expected) =>
        Assert.Equal(expected, MonitorInput.Enum<ApplicationState>(Entity, "state", input).Value);

    [Theory]
    [InlineData("Pending")]
    [InlineData("1")]
    [InlineData("Submitted,Approved")]
    public void Enum_UnknownValue_RefusedWithStateUnknown(string input) =>
        Assert.Equal("application.state.unknown", MonitorInput.Enum<ApplicationState>(Entity, "state", input).Error?.Code);

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, MonitorLimits.MaxPageSize + 1)]
    public void Page_OutOfRange_Refused(int skip, int take) =>
        Assert.Equal("application.paging.invalid", MonitorInput.Page(Entity, skip, take).Error?.Code);

    [Fact]
    public void Page_AtMaximum_Accepted() => Assert.Equal((0, MonitorLimits.MaxPageSize), MonitorInput.Page(Entity, 0, MonitorLimits.MaxPageSize).Value);
}
