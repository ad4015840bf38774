using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

public sealed class AddressKeyTests
{
    [Theory]
    [InlineData("  Kim.MinSu@Naver.COM ", "kim.minsu@naver.com")]
    [InlineData("user@서울.한국", "user@서울.한국")]
    [InlineData("010-1234-5678", "010-1234-5678")]
    public void Normalize_Address_TrimsAndLowerCases(string address, string expected) =>
        Assert.Equal(expected, AddressKey.Normalize(address));

    [Theory]
    [InlineData("Kim@Naver.COM", "naver.com")]
    [InlineData("\"a@b\"@Daum.Net ", "daum.net")]
    [InlineData("user@서울.한국", "서울.한국")]
    [InlineData("010-1234-5678", "")]
    public void Domain_Address_IsLowerCasePartAfterLastAt(string address, string expected) =>
        Assert.Equal(expected, AddressKey.Domain(address));
}
