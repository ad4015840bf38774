using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Mailing.Sms.Numbers;

namespace SeoulMonitor.Core.Tests.Audiences.Subscribers;

/// <summary>Core's subscriber mobile rule and the mail engine's <see cref="KoreanMobileNumber"/> accept the same numbers.</summary>
public sealed class MobileRuleConsistencyTests
{
    public static TheoryData<string?> Inputs() => new(
    [
        null, "", " ", "01023456789", "010-2345-6789", " 010 2345 6789 ", "010.2345.6789", "+82 10-2345-6789", "+82 010-2345-6789",
        "+821023456789", "82 10 2345 6789", "821023456789", "8201023456789", "010-1234-5678", "010-0000-0000", "010-1999-9999",
        "010-2000-0000", "011-2345-6789", "016-234-5678", "019-2345-6789", "02-2133-1234", "010-2345-678", "010-2345-67890",
        "010_2345_6789", "1+01023456789", "+1 010 2345 6789", "++821023456789", "010-2345-6789a", "０１０-2345-6789",
        "   010 - 2345 - 6789 ", "    010 - 2345 - 6789 ",
    ]);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Mobile_SameInput_SameAnswerInCoreAndMailing(string? input)
    {
        var core = SubscriberAddress.Mobile(input);
        var mailing = KoreanMobileNumber.Parse(input);

        Assert.Equal(core.IsSuccess, mailing.IsSuccess);
        Assert.Equal(core.IsSuccess ? core.Value : null, mailing.IsSuccess ? mailing.Value.Digits : null);
    }

    [Fact]
    public void Mobile_GeneratedNumbers_SameAnswerInCoreAndMailing()
    {
        var random = new Random(20_261_126);
        string[] separators = ["", "-", " ", ".", " - "];
        string[] prefixes = ["010", "011", "016", "+82 10", "+82 010", "82 10", "8210", "02", "070"];
        for (var i = 0; i < 5_000; i++)
        {
            var separator = separators[random.Next(separators.Length)];
            var input = prefixes[random.Next(prefixes.Length)] + separator + random.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
                + separator + random.Next(0, 100_000).ToString(random.Next(2) == 0 ? "D4" : "D3", System.Globalization.CultureInfo.InvariantCulture);
            var core = SubscriberAddress.Mobile(input);
            var mailing = KoreanMobileNumber.Parse(input);
            Assert.True(core.IsSuccess == mailing.IsSuccess, $"{input}: core {core.IsSuccess}, mailing {mailing.IsSuccess}");
            if (core.IsSuccess)
            {
                Assert.Equal(core.Value, mailing.Value.Digits);
            }
        }
    }
}
