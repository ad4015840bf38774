using SeoulMonitor.Core.Monitoring.Findings;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

public sealed class PersonalDataPatternsTests
{
    [Theory]
    [InlineData("연락은 hong.gildong@example.com 으로")]
    [InlineData("메일 hong @ naver.com")]
    [InlineData("010-1234-5678")]
    [InlineData("01012345678로 전화")]
    [InlineData("010 1234 5678")]
    [InlineData("011-123-4567")]
    [InlineData("02-123-4567")]
    [InlineData("021234567")]
    [InlineData("02)1234-5678")]
    [InlineData("031.123.4567")]
    [InlineData("+82 10-1234-5678")]
    [InlineData("+82-2-123-4567")]
    [InlineData("900101-1234567")]
    [InlineData("9001011234567")]
    [InlineData("주민번호 900101-1******")]
    public void LooksPersonal_PatternsOfPersonalData_True(string text) => Assert.True(PersonalDataPatterns.LooksPersonal(text));

    [Theory]
    [InlineData("보도 턱이 10cm 정도로 높습니다")]
    [InlineData("2026-03-02 오후 3시에 점검")]
    [InlineData("버스 정류장 번호 01234")]
    [InlineData("다산콜센터 120, 1588-1234")]
    [InlineData("보행 안전 점수 4/5, 12345 걸음")]
    [InlineData("")]
    public void LooksPersonal_OrdinaryText_False(string text) => Assert.False(PersonalDataPatterns.LooksPersonal(text));

    [Fact]
    public void LooksPersonal_ContributorName_TrueEvenWithSpaces()
    {
        Assert.True(PersonalDataPatterns.LooksPersonal("홍 길동 님이 말하길", ["홍길동"]));
        Assert.True(PersonalDataPatterns.LooksPersonal("Kim Seoul said", ["kim seoul"]));
        Assert.False(PersonalDataPatterns.LooksPersonal("홍 씨", ["홍"]));
    }
}
