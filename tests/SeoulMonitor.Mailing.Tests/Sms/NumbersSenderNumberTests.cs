using SeoulMonitor.Mailing.Sms.Numbers;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Tests.Sms;

public sealed class SmsSenderNumberTests
{
    [Theory]
    [InlineData("02-2133-1234", "0221331234")]
    [InlineData("02-213-1234", "022131234")]
    [InlineData("031-234-5678", "0312345678")]
    [InlineData("064 7654 3210", "06476543210")]
    [InlineData("070-4321-1234", "07043211234")]
    [InlineData("1588-1234", "15881234")]
    [InlineData("1644.0120", "16440120")]
    [InlineData("1800-0000", "18000000")]
    [InlineData("010-2345-6789", "01023456789")]
    public void Normalize_CallerNumbers_Digits(string input, string digits) =>
        Assert.Equal(digits, SmsSenderNumber.Normalize(input).Value);

    [Theory]
    [InlineData("120")]
    [InlineData("02-123-4567")]
    [InlineData("02-2133-12345")]
    [InlineData("030-234-5678")]
    [InlineData("080-123-4567")]
    [InlineData("1234-5678")]
    [InlineData("011-234-5678")]
    [InlineData("news@seoul.go.kr")]
    [InlineData("+82 2 2133 1234")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_NotACallerNumber_RefusedWithStableCode(string? input) =>
        Assert.Equal("sms.sender.invalid", SmsSenderNumber.Normalize(input).Error?.Code);

    [Fact]
    public void Validate_MalformedNumber_FailsNamingIt()
    {
        var options = new SmsRulesOptions();
        options.SenderNumbers.Add("02-2133-1234");
        options.SenderNumbers.Add("not-a-number");

        var result = new SmsRulesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("not-a-number", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NumberCount_LimitAcceptedOneMoreRefused()
    {
        var options = new SmsRulesOptions();
        for (var i = 0; i < SmsRulesOptions.SenderNumbersMaxCount; i++)
        {
            options.SenderNumbers.Add("1588-1234");
        }

        Assert.True(new SmsRulesOptionsValidator().Validate(null, options).Succeeded);
        options.SenderNumbers.Add("1588-1234");
        Assert.Contains($"at most {SmsRulesOptions.SenderNumbersMaxCount}", new SmsRulesOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
