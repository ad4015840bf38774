using SeoulMonitor.Mailing.Sms;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary><see cref="SmsText.Measure"/> against Python's codecs for thousands of generated strings.</summary>
public sealed class SmsTextIndependentEncoderTests
{
    private const int Count = 4_000;
    private const int Seed = 20_261_126;

    [Fact]
    public void Measure_GeneratedStrings_AgreesWithPythonEucKr()
    {
        var texts = TextGenerator.Create(Count, Seed);
        var expected = TextIndependentEncoder.Measure(texts);
        int sms = 0, lms = 0, tooLong = 0, refused = 0;
        var mismatches = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var (bytes, bad) = expected[i];
            var actual = SmsText.Measure(texts[i]);
            if (bad >= 0)
            {
                refused++;
                var character = char.IsHighSurrogate(texts[i][bad]) && bad + 1 < texts[i].Length && char.IsLowSurrogate(texts[i][bad + 1])
                    ? texts[i].Substring(bad, 2)
                    : texts[i].Substring(bad, 1);
                if (actual.IsSuccess || actual.Error!.Message != SmsErrors.TextUnencodable(character, bad).Message)
                {
                    mismatches.Add($"#{i}: python refuses U+{char.ConvertToUtf32(character, 0):X4} at {bad}; ours {Describe(actual)}");
                }

                continue;
            }

            if (bytes > SmsText.LmsMaxBytes)
            {
                tooLong++;
                if (actual.IsSuccess || actual.Error!.Code != "sms.text.too_long")
                {
                    mismatches.Add($"#{i}: python {bytes} bytes (too long); ours {Describe(actual)}");
                }

                continue;
            }

            var kind = bytes <= SmsText.SmsMaxBytes ? SmsKind.Sms : SmsKind.Lms;
            (kind == SmsKind.Sms ? ref sms : ref lms)++;
            if (!actual.IsSuccess || actual.Value != new SmsMeasure(kind, bytes))
            {
                mismatches.Add($"#{i}: python {bytes} bytes; ours {Describe(actual)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:\n{string.Join('\n', mismatches.Take(20))}");
        Assert.True(sms > 300 && lms > 50 && tooLong > 20 && refused > 1_000, $"coverage: sms {sms}, lms {lms}, too long {tooLong}, refused {refused}");
    }

    [Fact]
    public void Measure_EveryHangulSyllable_AcceptsExactlyTheKsX1001Ones()
    {
        var syllables = Enumerable.Range(0xAC00, 11_172).Select(static c => ((char)c).ToString()).ToList();
        var expected = TextIndependentEncoder.Measure(syllables);
        var accepted = 0;
        for (var i = 0; i < syllables.Count; i++)
        {
            var ours = SmsText.Measure(syllables[i]);
            Assert.True(ours.IsSuccess == (expected[i].Bad < 0), $"{syllables[i]} (U+{0xAC00 + i:X4}): python {expected[i]}, ours {Describe(ours)}");
            accepted += ours.IsSuccess ? 1 : 0;
        }

        Assert.Equal(2_350, accepted);
    }

    private static string Describe(Mailing.Campaigns.MailingResult<SmsMeasure> result) =>
        result.IsSuccess ? $"{result.Value.Kind} {result.Value.Bytes} bytes" : $"{result.Error!.Code}: {result.Error.Message}";
}
