using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class MessageWriterTests
{
    [Fact]
    public void TryWrite_MaliciousFieldWithCrLf_CreatesNoHeader()
    {
        const string Evil = "x\r\nBcc: victim@example.com";
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = Evil, ["district"] = "\0마포\n구" };

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, fields), out var wire, out var error), error);
        var text = MessageFixture.Serialize(wire);
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var message = MessageFixture.Parse(wire);

        Assert.DoesNotMatch(new Regex("^Bcc:", RegexOptions.Multiline | RegexOptions.IgnoreCase), head);
        Assert.Single(Regex.Matches(head, "^Subject:", RegexOptions.Multiline));
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain("\n", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", message.Subject, StringComparison.Ordinal);
        Assert.StartsWith("x  Bcc: victim@example.com님", message.Subject, StringComparison.Ordinal);
        Assert.Equal("x  Bcc: victim@example.com", Assert.Single(message.To.Mailboxes).Name);
    }

    [Fact]
    public void TryWrite_MaliciousField_PythonSeesOneRecipientAndNoBcc()
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = "x\r\nBcc: victim@example.com", ["district"] = "구" };
        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, fields), out var message, out var error), error);

        var parsed = IndependentTools.ParseMime(MessageFixture.WriteEml(message, "evil"));

        Assert.DoesNotContain(parsed.GetProperty("header_names").EnumerateArray(), h => h.GetString()!.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Single(parsed.GetProperty("header_names").EnumerateArray(), h => h.GetString() == "Subject");
        Assert.Equal(["user1@naver.example"], parsed.GetProperty("to_addresses").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void TryWrite_HtmlBody_EncodesMergeValuesOnlyInHtml()
    {
        var template = new MessageTemplate("{{ name }}", "<p>{{ name }}</p>", "{{ name }}");
        using var writer = MessageFixture.Composer(template).CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = "<script>alert('김')</script> & co" };

        var message = MessageFixture.WriteAndParse(writer, MessageFixture.Delivery(1, fields));

        Assert.Equal("<p>&lt;script&gt;alert(&#x27;김&#x27;)&lt;/script&gt; &amp; co</p>", message.HtmlBody);
        Assert.Equal("<script>alert('김')</script> & co", message.TextBody);
        Assert.Equal("<script>alert('김')</script> & co", message.Subject);
    }

    [Fact]
    public void TryWrite_SameRecipientTwice_SameMessageIdAndDifferentRecipientsDiffer()
    {
        var composer = MessageFixture.Composer();
        using var first = composer.CreateWriter();
        using var second = composer.CreateWriter();

        Assert.True(first.TryWrite(MessageFixture.Delivery(7), out var a, out _));
        var idA = a.MessageId;
        Assert.Equal(idA, MessageFixture.Parse(a).MessageId);
        Assert.True(second.TryWrite(MessageFixture.Delivery(7), out var b, out _));
        Assert.True(first.TryWrite(MessageFixture.Delivery(8), out var c, out _));

        Assert.Equal(idA, b.MessageId);
        Assert.NotEqual(idA, c.MessageId);
        Assert.Equal(c.MessageId, MessageFixture.Parse(c).MessageId);
        Assert.EndsWith("@seoul.example", idA, StringComparison.Ordinal);
        Assert.Contains(MessageFixture.CampaignId.ToString("N"), idA, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_ManyRecipients_ReusesOneBufferAndUpdatesHeaders()
    {
        var time = new FakeTimeProvider(MessageFixture.Now);
        using var writer = MessageFixture.Composer(time: time).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1), out var first, out _));
        Assert.True(MemoryMarshal.TryGetArray(first.Content, out var firstBuffer));
        time.Advance(TimeSpan.FromMinutes(5));
        var fields = new Dictionary<string, string> { ["name"] = "이서연", ["district"] = "강남구" };
        Assert.True(writer.TryWrite(MessageFixture.Delivery(2, fields, "seo@daum.example"), out var wire, out _));
        var second = MessageFixture.Parse(wire);

        Assert.True(MemoryMarshal.TryGetArray(wire.Content, out var secondBuffer));
        Assert.Same(firstBuffer.Array, secondBuffer.Array);
        Assert.Equal("seo@daum.example", Assert.Single(second.To.Mailboxes).Address);
        Assert.Equal("이서연", Assert.Single(second.To.Mailboxes).Name);
        Assert.Equal("monitor@seoul.example", Assert.Single(second.From.Mailboxes).Address);
        Assert.Equal("서울특별시 시민모니터", Assert.Single(second.From.Mailboxes).Name);
        Assert.Equal("이서연님, 강남구 시민모니터 안내", second.Subject);
        Assert.Equal(MessageFixture.Now.AddMinutes(5), second.Date);
        Assert.Contains("강남구의 모니터링", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("마포구", second.HtmlBody ?? "마포구", StringComparison.Ordinal);
        Assert.Equal("seo@daum.example", wire.Recipient);
        Assert.Equal("monitor@seoul.example", wire.Sender);
    }

    [Fact]
    public void TryWrite_AssignInTemplate_DoesNotLeakToNextRecipient()
    {
        var template = new MessageTemplate("s", null, "{% if vip %}{% assign greeting = name %}{% endif %}[{{ greeting }}]");
        using var writer = MessageFixture.Composer(template).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, new Dictionary<string, string> { ["vip"] = "y", ["name"] = "김" }), out _, out _));
        var message = MessageFixture.WriteAndParse(writer, MessageFixture.Delivery(2, new Dictionary<string, string> { ["name"] = "박" }));

        Assert.Equal("[]", message.TextBody);
    }

    [Fact]
    public void TryWrite_ListUnsubscribe_CarriesValidTokenForThisRecipient()
    {
        using var writer = MessageFixture.Composer(unsubscribe: MessageFixture.Unsubscribe("unsubscribe@seoul.example")).CreateWriter();

        var message = MessageFixture.WriteAndParse(writer, MessageFixture.Delivery(42));
        var header = message.Headers["List-Unsubscribe"] ?? "";
        var match = Regex.Match(header, "^<(https://monitor\\.seoul\\.example/unsubscribe\\?t=([A-Za-z0-9_-]+))>, <mailto:unsubscribe@seoul\\.example\\?subject=unsubscribe%20\\2>$");

        Assert.True(match.Success, header);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.True(new UnsubscribeTokens(MessageFixture.UnsubscribeKey).TryValidate(match.Groups[2].Value, out var campaign, out var recipient));
        Assert.Equal(MessageFixture.CampaignId, campaign);
        Assert.Equal("r-42", recipient);
        Assert.Contains(match.Groups[1].Value, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_UnsubscribeDisabled_LeavesHeadersOut()
    {
        using var writer = MessageFixture.Composer(unsubscribe: new UnsubscribeOptions()).CreateWriter();

        var message = MessageFixture.WriteAndParse(writer, MessageFixture.Delivery(1));

        Assert.False(message.Headers.Contains("List-Unsubscribe"));
        Assert.False(message.Headers.Contains("List-Unsubscribe-Post"));
    }

    [Fact]
    public void TryWrite_InvalidAddress_FailsAndWriterStaysUsable()
    {
        using var writer = MessageFixture.Composer().CreateWriter();

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, address: "not an address"), out _, out var error));
        Assert.NotNull(error);
        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, address: "@@"), out _, out _));
        Assert.True(writer.TryWrite(MessageFixture.Delivery(2), out _, out _));
    }

    [Fact]
    public void TryWrite_InternationalizedDomain_HeaderCarriesTheALabelAndStays7Bit()
    {
        using var writer = MessageFixture.Composer().CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, address: "user@모니터.example"), out var wire, out var error), error);

        Assert.DoesNotContain(wire.Content.ToArray(), b => b >= 0x80);
        Assert.Contains("<user@xn--9i1b92mpou.example>", MessageFixture.Serialize(wire), StringComparison.Ordinal);
        Assert.Equal("user@모니터.example", wire.Recipient);
    }

    [Fact]
    public void TryWrite_NonAsciiLocalPart_FailsAndWriterStaysUsable()
    {
        using var writer = MessageFixture.Composer().CreateWriter();

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, address: "김민수@naver.example"), out _, out var error));
        Assert.Contains("SMTPUTF8", error, StringComparison.Ordinal);
        Assert.True(writer.TryWrite(MessageFixture.Delivery(2), out _, out _));
    }
}
