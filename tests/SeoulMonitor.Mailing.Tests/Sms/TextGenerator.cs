using System.Text;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>Seeded random texts mixing every kind of character an SMS may meet.</summary>
internal static class TextGenerator
{
    private const string Symbols = "※★☆♥♡●○◎◇◆□■△▲▽▼→←↑↓↔〓≪≫·…‥“”‘’〔〕〈〉《》「」『』【】±×÷≠≤≥∞∴♂♀°′″℃Å￠￡￥♤♠♧♣⊙◈▣◐◑▒▤▥▨▧▦▩♨☏☎☜☞¶†‡↕↗↙↖↘♭♩♪♬㉿㈜№㏇™㏂㏘℡€®ⅰⅱⅠⅡαβΩАЯ";

    /// <summary>Rare and UHC-only syllables next to common KS X 1001 ones.</summary>
    private const string Named = "똠햏뷁쌰챠딸꺅갂가힣뭬쀍궳훓똥밝읊";

    public static List<string> Create(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            // Mostly short texts; one in ten long enough to cross the LMS limit.
            var length = n % 10 == 9 ? random.Next(1_000, 1_400) : random.Next(1, 60);
            var builder = new StringBuilder(length * 2);
            var clean = random.Next(3) == 0; // a third stay clean (no refused characters) so that lengths get compared too
            for (var i = 0; i < length; i++)
            {
                Append(builder, random, clean);
            }

            texts.Add(builder.ToString());
        }

        return texts;
    }

    private static void Append(StringBuilder builder, Random random, bool clean)
    {
        var roll = random.Next(clean ? 880 : 1_000);
        _ = roll switch
        {
            < 300 => builder.Append((char)random.Next(0x20, 0x7F)),
            < 330 => builder.Append(random.Next(3) == 0 ? "\r\n" : random.Next(2) == 0 ? "\n" : "\r"),
            < 700 => builder.Append(KsHangul(random)),
            < 760 => builder.Append((char)random.Next(0x3131, 0x318F)),
            < 820 => builder.Append(Symbols[random.Next(Symbols.Length)]),
            < 880 => builder.Append((char)random.Next(0xFF01, 0xFF5F)),
            < 900 => builder.Append((char)random.Next(0x4E00, 0x9FA6)),
            < 920 => builder.Append((char)random.Next(0xA1, 0x100)),
            < 950 => builder.Append((char)random.Next(0xAC00, 0xD7A4)),
            < 960 => builder.Append(Named[random.Next(Named.Length)]),
            < 975 => builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAF0))),
            < 985 => builder.Append((char)random.Next(0x1100, 0x1200)),
            < 995 => builder.Append((char)random.Next(0x2600, 0x2700)),
            _ => builder.Append((char)random.Next(0xD800, 0xE000)),
        };
    }

    /// <summary>A syllable from the 2,350 of KS X 1001 (decoded from its EUC-KR bytes), so clean texts stay encodable.</summary>
    private static char KsHangul(Random random)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Span<byte> pair = [(byte)random.Next(0xB0, 0xC9), (byte)random.Next(0xA1, 0xFF)];
        return Encoding.GetEncoding(949).GetString(pair)[0];
    }
}
