using SeoulMonitor.Core.Audiences.Subscribers;

namespace SeoulMonitor.Core.Tests.Audiences.Subscribers;

/// <summary>The stated address rule: malformed refused, disposable domains refused, everything else accepted and normalised.</summary>
public sealed class SubscriberAddressTests
{
    [Theory]
    [InlineData("  Kim.Minsu@Example.KR ", "kim.minsu@example.kr")]
    [InlineData("a+news@seoul.go.kr", "a+news@seoul.go.kr")]
    [InlineData("A+News@Seoul.Go.Kr", "a+news@seoul.go.kr")]
    [InlineData("user@도메인.한국", "user@도메인.한국")]
    [InlineData("user@xn--hq1bm8jm9l.xn--3e0b707e", "user@도메인.한국")]
    [InlineData("user@mail.mailinator.com.kr", "user@mail.mailinator.com.kr")]
    public void NewEmail_AcceptedAddress_IsNormalised(string input, string expected)
    {
        var result = SubscriberAddress.NewEmail(input, DisposableEmailDomains.Default);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("", "subscriber.email.required")]
    [InlineData("   ", "subscriber.email.required")]
    [InlineData("no-at-sign.example.kr", "subscriber.email.invalid")]
    [InlineData("user@localhost", "subscriber.email.invalid")]
    [InlineData("two words@example.kr", "subscriber.email.invalid")]
    [InlineData("Kim <kim@example.kr>", "subscriber.email.invalid")]
    [InlineData("user@example..kr", "subscriber.email.invalid")]
    [InlineData("user@mailinator.com", "subscriber.email.disposable")]
    [InlineData("User@MAILINATOR.COM", "subscriber.email.disposable")]
    [InlineData("user@eu.mailinator.com", "subscriber.email.disposable")]
    [InlineData("user@yopmail.com", "subscriber.email.disposable")]
    [InlineData("user@10minutemail.com", "subscriber.email.disposable")]
    [InlineData("user@guerrillamail.com", "subscriber.email.disposable")]
    [InlineData("user@tempmail.com", "subscriber.email.disposable")]
    [InlineData("user@trashmail.com", "subscriber.email.disposable")]
    public void NewEmail_RefusedAddress_HasStableCode(string input, string code)
    {
        var result = SubscriberAddress.NewEmail(input, DisposableEmailDomains.Default);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal("email", result.Error.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageKo));
    }

    [Fact]
    public void NewEmail_TooLong_IsRefused()
    {
        var result = SubscriberAddress.NewEmail(new string('a', 60) + "@" + new string('b', 200) + ".kr", DisposableEmailDomains.Default);

        Assert.Equal("subscriber.email.too_long", result.Error?.Code);
    }

    [Fact]
    public void Email_LookupOfBlockedDomain_IsNormalisedNotRefused()
    {
        var result = SubscriberAddress.Email(" User@Mailinator.com ");

        Assert.Equal("user@mailinator.com", result.Value);
    }

    [Fact]
    public void NewEmail_ConfiguredList_ReplacesDefaults()
    {
        var blocked = new DisposableEmailDomains(["@Throwaway.example", "스팸.한국"]);

        Assert.True(SubscriberAddress.NewEmail("a@mailinator.com", blocked).IsSuccess);
        Assert.Equal("subscriber.email.disposable", SubscriberAddress.NewEmail("a@x.throwaway.example", blocked).Error?.Code);
        Assert.Equal("subscriber.email.disposable", SubscriberAddress.NewEmail("a@스팸.한국", blocked).Error?.Code);
    }

    [Theory]
    [InlineData("010-2345-6789", "01023456789")]
    [InlineData(" 010 2345 6789 ", "01023456789")]
    [InlineData("010.2345.6789", "01023456789")]
    [InlineData("+82 10-2345-6789", "01023456789")]
    [InlineData("+82 010-2345-6789", "01023456789")]
    [InlineData("+821023456789", "01023456789")]
    [InlineData("82 10 2345 6789", "01023456789")]
    public void Mobile_AcceptedForms_AreNormalised(string input, string expected)
    {
        Assert.Equal(expected, SubscriberAddress.Mobile(input).Value);
    }

    [Theory]
    [InlineData("011-234-6789", "subscriber.mobile.invalid")]
    [InlineData("016-2345-6789", "subscriber.mobile.invalid")]
    [InlineData("010-2345-67899", "subscriber.mobile.invalid")]
    [InlineData("010234567899", "subscriber.mobile.invalid")]
    [InlineData("010-2345-678", "subscriber.mobile.invalid")]
    [InlineData("010-ABCD-6789", "subscriber.mobile.invalid")]
    [InlineData("010-0234-6789", "subscriber.mobile.invalid")]
    [InlineData("+1 010 2345 6789", "subscriber.mobile.invalid")]
    [InlineData("", "subscriber.mobile.required")]
    public void Mobile_Invalid_HasStableCode(string input, string code)
    {
        Assert.Equal(code, SubscriberAddress.Mobile(input).Error?.Code);
    }
}
