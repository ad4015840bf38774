using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Tests.Monitors;

/// <summary>The limits not covered beside their parsers.</summary>
public sealed class MonitorLimitsTests
{
    [Fact]
    public void Mobile_RawInputLength_LimitedBeforeNormalisation()
    {
        var atLimit = "010   -  2345 - 6789";
        var overLimit = "010    -  2345 - 6789";

        Assert.Equal(MonitorLimits.MobileInputMaxLength, atLimit.Length);
        Assert.Equal("01023456789", MonitorInput.Mobile("application", atLimit).Value);
        Assert.Equal("application.mobile.invalid", MonitorInput.Mobile("application", overLimit).Error?.Code);
    }

    [Fact]
    public void ConsentEvidence_LongUserAgentAndAddress_CutToLimits()
    {
        var evidence = new ConsentEvidence(new string('a', MonitorLimits.SourceAddressMaxLength + 5), new string('u', MonitorLimits.UserAgentMaxLength + 5));

        Assert.Equal(MonitorLimits.SourceAddressMaxLength, evidence.Address?.Length);
        Assert.Equal(MonitorLimits.UserAgentMaxLength, evidence.Agent?.Length);
        Assert.Null(ConsentEvidence.None.Agent);
    }

    [Fact]
    public void AccessToken_RandomBytes_EncodedAndCheckedOnlyUpToMaximumLength()
    {
        var (token, hash) = ApplicantToken.Create();
        var (other, _) = ApplicantToken.Create();

        Assert.Equal((MonitorLimits.AccessTokenBytes * 4 + 2) / 3, token.Length);
        Assert.NotEqual(token, other);
        Assert.True(ApplicantToken.Matches(token, hash));
        Assert.False(ApplicantToken.Matches(other, hash));
        Assert.False(ApplicantToken.Matches(token + new string(' ', MonitorLimits.AccessTokenMaxLength), hash));
        Assert.False(ApplicantToken.Matches(null, hash));
    }

    [Fact]
    public void Page_Omitted_UsesDefaultPageSize() =>
        Assert.Equal((0, MonitorLimits.DefaultPageSize), MonitorInput.Page("application", null, null).Value);
}
