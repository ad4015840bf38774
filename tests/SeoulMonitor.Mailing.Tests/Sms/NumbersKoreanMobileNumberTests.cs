using SeoulMonitor.Mailing.Sms.Numbers;

namespace SeoulMonitor.Mailing.Tests.Sms;

public sealed class KoreanMobileNumberTests
{
    [Theory]
    [InlineData("01023456789")]
    [InlineData("010-2345-6789")]
    [InlineData("010 2345 6789")]
    [InlineData("010.2345.6789")]
    [InlineData(" 010-2345-6789 ")]
    [InlineData("+82 10-2345-6789")]
    [InlineData("+82 010-2345-6789")]
    [InlineData("+821023456789")]
    [InlineData("82 10 2345 6789")]
    public void Parse_AcceptedForms_NormalisedToElevenDigits(string input)
    {
        var number = KoreanMobileNumber.Parse(input).Value;

        Assert.Equal("01023456789", number.Digits);
        Assert.Equal("+821023456789", number.E164);
        Assert.Equal("010-2345-6789", number.Display);
    }

    [Theory]
    [InlineData("010-2000-0000", true)]
    [InlineData("010-9999-9999", true)]
    [InlineData("010-1999-9999", false)]
    [InlineData("010-0000-0000", false)]
    [InlineData("010-0123-4567", false)]
    public void Parse_MiddleBlock_OnlyTwoThousandAndAboveAssigned(string input, bool accepted)
    {
        var result = KoreanMobileNumber.Parse(input);

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? null : "sms.number.unassigned", result.Error?.Code);
    }

    [Theory]
    [InlineData("011-2345-6789")]
    [InlineData("016-2345-6789")]
    [InlineData("017-2345-6789")]
    [InlineData("018-2345-6789")]
    [InlineData("019-2345-6789")]
    public void Parse_Retired01X_RefusedAsRetired(string input) =>
        Assert.Equal("sms.number.retired", KoreanMobileNumber.Parse(input).Error?.Code);

    [Theory]
    [InlineData("02-2133-1234")]
    [InlineData("010-2345-678")]
    [InlineData("010-2345-67899")]
    [InlineData("010-2345-6789a")]
    [InlineData("010_2345_6789")]
    [InlineData("1+01023456789")]
    [InlineData("+1 010 2345 6789")]
    [InlineData("012-2345-6789")]
    [InlineData("011-234-5678")]
    public void Parse_Malformed_RefusedAsInvalid(string input) =>
        Assert.Equal("sms.number.invalid", KoreanMobileNumber.Parse(input).Error?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Blank_Required(string? input) =>
        Assert.Equal("sms.number.required", KoreanMobileNumber.Parse(input).Error?.Code);

    [Fact]
    public void Parse_InputLengthLimit_TwentyAcceptedTwentyOneRefused()
    {
        var twenty = "  010 - 2345 - 6789 ".PadLeft(KoreanMobileNumber.InputMaxLength);

        Assert.True(KoreanMobileNumber.Parse(twenty).IsSuccess);
        Assert.Equal("sms.number.invalid", KoreanMobileNumber.Parse(" " + twenty).Error?.Code);
    }
}
