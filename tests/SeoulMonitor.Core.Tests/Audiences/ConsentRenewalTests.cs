using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscriptions;

namespace SeoulMonitor.Core.Tests.Audiences;

public sealed class ConsentRenewalTests
{
    [Fact]
    public void DueAfter_February29InSeoul_February28TwoYearsLater()
    {
        var affirmed = new DateTimeOffset(2028, 2, 29, 10, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2030, 2, 28, 10, 0, 0, TimeSpan.FromHours(9)), ConsentRenewal.DueAfter(affirmed));
    }

    [Fact]
    public void SignedTokens_TamperedOrOtherPurpose_Refused()
    {
        var tokens = new SignedTokens(new byte[32]);
        var id = Guid.NewGuid();
        var token = tokens.Create(TokenPurpose.Manage, id, 0, 0, 0);

        Assert.True(tokens.TryRead(TokenPurpose.Manage, token, out var read, out _, out _, out _));
        Assert.Equal(id, read);
        Assert.False(tokens.TryRead(TokenPurpose.Reconsent, token, out _, out _, out _, out _));
        Assert.False(tokens.TryRead(TokenPurpose.Manage, "x" + token[1..], out _, out _, out _, out _));
        Assert.False(new SignedTokens(Enumerable.Repeat((byte)1, 32).ToArray()).TryRead(TokenPurpose.Manage, token, out _, out _, out _, out _));
    }

    [Theory]
    [InlineData("forged.token")]
    [InlineData("a.b")]
    [InlineData("!!!!.????")]
    [InlineData("....")]
    [InlineData("AAAA")]
    [InlineData("=.=")]
    public void SignedTokens_NotBase64OrWrongShape_RefusedWithoutThrowing(string token)
    {
        var tokens = new SignedTokens(new byte[32]);

        Assert.False(tokens.TryRead(TokenPurpose.Manage, token, out _, out _, out _, out _));
        Assert.False(tokens.TryRead(TokenPurpose.DataRequest, token, out _, out _, out _, out _));
    }

    [Fact]
    public void DataRequestToken_RoundTripAndOtherPurposeRefused()
    {
        var tokens = new CitizenTokens(Microsoft.Extensions.Options.Options.Create(new SeoulMonitorCoreOptions()));
        var id = Guid.NewGuid();
        var expires = new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero);
        var token = tokens.DataRequest(id, Core.Audiences.Requests.DataSubjectRequestKind.Erasure, expires);

        Assert.True(tokens.TryReadDataRequest(token, out var read, out var kind, out var until));
        Assert.Equal((id, Core.Audiences.Requests.DataSubjectRequestKind.Erasure, expires), (read, kind, until));
        Assert.False(tokens.TryReadManage(token, out _));
    }
}
