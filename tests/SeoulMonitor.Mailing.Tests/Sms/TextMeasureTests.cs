using SeoulMonitor.Mailing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>The stated rules of <see cref="SmsText"/> at their boundaries.</summary>
public sealed class SmsTextMeasureTests
{
    [Theory]
    [InlineData(90, 0, SmsKind.Sms, 90)]
    [InlineData(91, 0, SmsKind.Lms, 91)]
    [InlineData(0, 45, SmsKind.Sms, 90)]
    [InlineData(2, 44, SmsKind.Sms, 90)]
    [InlineData(1, 45, SmsKind.Lms, 91)]
    [InlineData(89, 1, SmsKind.Lms, 91)]
    [InlineData(88, 1, SmsKind.Sms, 90)]
    [InlineData(0, 1_000, SmsKind.Lms, 2_000)]
    [InlineData(2_000, 0, SmsKind.Lms, 2_000)]
    [InlineData(1_998, 1, SmsKind.Lms, 2_000)]
    public void Measure_AtTheLimits_ChoosesTheKind(int ascii, int hangul, SmsKind kind, int bytes)
    {
        var result = SmsText.Measure(new string('a', ascii) + new string('한', hangul));

        Assert.True(result.IsSuccess);
        Assert.Equal(new SmsMeasure(kind, bytes), result.Value);
    }

    [Theory]
    [InlineData(2_001, 0, 2_001)]
    [InlineData(1_999, 1, 2_001)]
    [InlineData(1, 1_000, 2_001)]
    [InlineData(0, 1_001, 2_002)]
    public void Measure_OverTheLmsLimit_RefusedWithTheLength(int ascii, int hangul, int bytes)
    {
        var result = SmsText.Measure(new string('a', ascii) + new string('한', hangul));

        Assert.Equal("sms.text.too_long", result.Error?.Code);
        Assert.Contains($"{bytes:N0}", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\r\nb", 3)]
    [InlineData("a\nb", 3)]
    [InlineData("a\rb", 3)]
    [InlineData("\r\n\r\n", 2)]
    [InlineData("\r\r\n", 2)]
    public void Measure_LineBreaks_CountOneByteEach(string text, int bytes)
    {
        Assert.Equal(bytes, SmsText.Measure(text).Value.Bytes);
        Assert.Equal(bytes, SmsText.NormalizeLineBreaks(text).Length);
    }

    [Fact]
    public void Measure_CrLfAtTheSmsLimit_StaysSms()
    {
        var result = SmsText.Measure(new string('a', 44) + "\r\n" + new string('b', 45));

        Assert.Equal(new SmsMeasure(SmsKind.Sms, 90), result.Value);
    }

    [Fact]
    public void NormalizeLineBreaks_MixedBreaks_AllLf() =>
        Assert.Equal("a\nb\nc\n\nd", SmsText.NormalizeLineBreaks("a\r\nb\rc\n\r\nd"));

    [Theory]
    [InlineData("안녕 똠방각하", "똠", 4)]
    [InlineData("햏", "햏", 1)]
    [InlineData("ok 😀!", "😀", 4)]
    [InlineData("café", "é", 4)]
    [InlineData("\u1100", "\u1100", 1)]
    public void Measure_CharacterOutsideEucKr_RefusedWithItsPosition(string text, string character, int position)
    {
        var result = SmsText.Measure(text);

        Assert.Equal("sms.text.unencodable", result.Error?.Code);
        Assert.Contains($"'{character}'", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"{position}번째", result.Error.MessageKo, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_LoneSurrogate_Refused() =>
        Assert.Equal("sms.text.unencodable", SmsText.Measure("a\uD83Db").Error?.Code);

    [Theory]
    [InlineData("※★♥", 6)]
    [InlineData("ㄱㅏ", 4)]
    [InlineData("中國", 4)]
    [InlineData("€", 2)]
    [InlineData("Ａ１", 4)]
    public void Measure_KsX1001Symbols_CountTwoBytes(string text, int bytes) =>
        Assert.Equal(bytes, SmsText.Measure(text).Value.Bytes);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Measure_Empty_Refused(string? text) =>
        Assert.Equal("sms.text.empty", SmsText.Measure(text).Error?.Code);
}
