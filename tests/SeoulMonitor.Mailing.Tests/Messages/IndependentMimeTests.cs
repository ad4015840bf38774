using System.Text.Json;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class IndependentMimeTests
{
    [Fact]
    public void TryWrite_KoreanMessage_PythonParsesBothAlternatives()
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        Assert.True(writer.TryWrite(MessageFixture.Delivery(3), out var message, out var error), error);

        var parsed = IndependentTools.ParseMime(MessageFixture.WriteEml(message, "korean"));

        Assert.Empty(parsed.GetProperty("defects").EnumerateArray());
        Assert.Equal("multipart/alternative", parsed.GetProperty("content_type").GetString());
        Assert.Equal("김민수님, 마포구 시민모니터 안내", parsed.GetProperty("subject").GetString());
        Assert.Equal("서울특별시 시민모니터 <monitor@seoul.example>", parsed.GetProperty("from").GetString());
        var parts = parsed.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.GetProperty("type").GetString()));
        Assert.All(parts, p => Assert.Equal("utf-8", p.GetProperty("charset").GetString()));
        var text = Normalize(parts[0]);
        Assert.StartsWith("김민수님 안녕하세요.\n마포구의 모니터링 일정을 알려드립니다.\n수신거부: https://monitor.seoul.example/unsubscribe?t=", text, StringComparison.Ordinal);
        Assert.StartsWith("<p>김민수님 안녕하세요.</p><p>마포구의 모니터링 일정을 알려드립니다.</p><a href=\"https://monitor.seoul.example/unsubscribe?t=", Normalize(parts[1]), StringComparison.Ordinal);
        Assert.Equal($"<{MessageFixture.CampaignId:N}.3@seoul.example>", parsed.GetProperty("message_id").GetString());
        Assert.Equal("List-Unsubscribe=One-Click", parsed.GetProperty("list_unsubscribe_post").GetString());
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void TryWrite_LongBodies_DecodeToTheRenderedText(int size)
    {
        // Long lines (over 76 characters), trailing spaces, '=' and a mix of Hangul and ASCII stress both encodings.
        var line = "가나다 abc = 라마바사 \t";
        var korean = string.Concat(Enumerable.Repeat(line, (size / line.Length) + 1));
        var ascii = string.Concat(Enumerable.Repeat("The quick brown fox = jumps; ", (size / 29) + 1)) ;
        var template = new MessageTemplate("s", "<pre>{{ html }}</pre> \n\nend  ", "{{ text }}");
        using var writer = MessageFixture.Composer(template).CreateWriter();
        var fields = new Dictionary<string, string> { ["text"] = korean[..Math.Min(korean.Length, 8000)], ["html"] = ascii[..Math.Min(ascii.Length, 8000)] };

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, fields), out var message, out var error), error);
        var parsed = IndependentTools.ParseMime(MessageFixture.WriteEml(message, "long"));

        var parts = parsed.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal("base64", parts[0].GetProperty("encoding").GetString());
        Assert.Equal("quoted-printable", parts[1].GetProperty("encoding").GetString());
        Assert.Equal(fields["text"], parts[0].GetProperty("text").GetString());
        Assert.Equal("<pre>" + fields["html"] + "</pre> \n\nend  ", Normalize(parts[1]));
        Assert.Empty(parsed.GetProperty("defects").EnumerateArray());
        var wire = MessageFixture.Serialize(message);
        Assert.All(wire.Split("\r\n"), l => Assert.True(l.Length <= 998, "line over 998 characters"));
        Assert.DoesNotContain('\n', wire.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', wire.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain(message.Content.ToArray(), b => b >= 0x80);
    }

    [Fact]
    public void TryWrite_TextOnlyAndHtmlOnly_PythonSeesSinglePart()
    {
        using var textOnly = MessageFixture.Composer(new MessageTemplate("s", null, "본문 {{ name }}")).CreateWriter();
        using var htmlOnly = MessageFixture.Composer(new MessageTemplate("s", "<b>{{ name }}</b>", null)).CreateWriter();
        Assert.True(textOnly.TryWrite(MessageFixture.Delivery(1), out var a, out _));
        var parsedText = IndependentTools.ParseMime(MessageFixture.WriteEml(a, "text"));
        Assert.True(htmlOnly.TryWrite(MessageFixture.Delivery(1), out var b, out _));
        var parsedHtml = IndependentTools.ParseMime(MessageFixture.WriteEml(b, "html"));

        Assert.Equal("text/plain", parsedText.GetProperty("content_type").GetString());
        Assert.Equal("본문 김민수", parsedText.GetProperty("parts")[0].GetProperty("text").GetString());
        Assert.Equal("text/html", parsedHtml.GetProperty("content_type").GetString());
        Assert.Equal("<b>김민수</b>", parsedHtml.GetProperty("parts")[0].GetProperty("text").GetString());
    }

    private static string Normalize(JsonElement part) => part.GetProperty("text").GetString()!.Replace("\r\n", "\n", StringComparison.Ordinal);
}
