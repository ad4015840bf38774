using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class MessageWriterTests
{
    [Fact]
    public void TryCompose_MaliciousFieldWithCrLf_CreatesNoHeader()
    {
        const string Evil = "x\r\nBcc: victim@example.com";
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = Evil, ["district"] = "\0마포\n구" };

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1, fields), out var message, out var error), error);
        var wire = MessageFixture.Serialize(message);
        var head = wire[..wire.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

        Assert.DoesNotMatch(new Regex("^Bcc:", RegexOptions.Multiline | RegexOptions.IgnoreCase), head);
        Assert.Single(Regex.Matches(head, "^Subject:", RegexOptions.Multiline));
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain("\n", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", message.Subject, StringComparison.Ordinal);
        Assert.StartsWith("x  Bcc: victim@example.com님", message.Subject, StringComparison.Ordinal);
        Assert.Single(message.To);
    }

    [Fact]
    public void TryCompose_MaliciousField_PythonSeesOneRecipientAndNoBcc()
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = "x\r\nBcc: victim@example.com", ["district"] = "구" };
        Assert.True(writer.TryCompose(MessageFixture.Delivery(1, fields), out var message, out var error), error);

        var parsed = IndependentTools.ParseMime(MessageFixture.WriteEml(message, "evil"));

        Assert.DoesNotContain(parsed.GetProperty("header_names").EnumerateArray(), h => h.GetString()!.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Single(parsed.GetProperty("header_names").EnumerateArray(), h => h.GetString() == "Subject");
        Assert.Equal(["user1@naver.example"], parsed.GetProperty("to_addresses").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void TryCompose_HtmlBody_EncodesMergeValuesOnlyInHtml()
    {
        var template = new MessageTemplate("{{ name }}", "<p>{{ name }}</p>", "{{ name }}");
        using var writer = MessageFixture.Composer(template).CreateWriter();
        var fields = new Dictionary<string, string> { ["name"] = "<script>alert('김')</script> & co" };

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1, fields), out var message, out var error), error);

        Assert.Equal("<p>&lt;script&gt;alert(&#x27;김&#x27;)&lt;/script&gt; &amp; co</p>", message.HtmlBody);
        Assert.Equal("<script>alert('김')</script> & co", message.TextBody);
        Assert.Equal("<script>alert('김')</script> & co", message.Subject);
    }

    [Fact]
    public void TryCompose_SameRecipientTwice_SameMessageIdAndDifferentRecipientsDiffer()
    {
        var composer = MessageFixture.Composer();
        using var first = composer.CreateWriter();
        using var second = composer.CreateWriter();

        Assert.True(first.TryCompose(MessageFixture.Delivery(7), out var a, out _));
        var idA = a.MessageId;
        Assert.True(second.TryCompose(MessageFixture.Delivery(7), out var b, out _));
        Assert.True(first.TryCompose(MessageFixture.Delivery(8), out var c, out _));

        Assert.Equal(idA, b.MessageId);
        Assert.NotEqual(idA, c.MessageId);
        Assert.EndsWith("@seoul.example", idA, StringComparison.Ordinal);
        Assert.Contains(MessageFixture.CampaignId.ToString("N"), idA, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCompose_ManyRecipients_ReusesOneMessageAndUpdatesHeaders()
    {
        var time = new FakeTimeProvider(MessageFixture.Now);
        using var writer = MessageFixture.Composer(time: time).CreateWriter();

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var first, out _));
        time.Advance(TimeSpan.FromMinutes(5));
        var fields = new Dictionary<string, string> { ["name"] = "이서연", ["district"] = "강남구" };
        Assert.True(writer.TryCompose(MessageFixture.Delivery(2, fields, "seo@daum.example"), out var second, out _));

        Assert.Same(first, second);
        Assert.Equal("seo@daum.example", Assert.Single(second.To.Mailboxes).Address);
        Assert.Equal("이서연", Assert.Single(second.To.Mailboxes).Name);
        Assert.Equal("monitor@seoul.example", Assert.Single(second.From.Mailboxes).Address);
        Assert.Equal("이서연님, 강남구 시민모니터 안내", second.Subject);
        Assert.Equal(MessageFixture.Now.AddMinutes(5), second.Date);
        Assert.Contains("강남구의 모니터링", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("마포구", second.HtmlBody ?? "마포구", StringComparison.Ordinal);
        Assert.Equal("seo@daum.example", writer.EnvelopeRecipient!.Address);
        Assert.Equal("monitor@seoul.example", writer.EnvelopeSender.Address);
    }

    [Fact]
    public void TryCompose_AssignInTemplate_DoesNotLeakToNextRecipient()
    {
        var template = new MessageTemplate("s", null, "{% if vip %}{% assign greeting = name %}{% endif %}[{{ greeting }}]");
        using var writer = MessageFixture.Composer(template).CreateWriter();

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1, new Dictionary<string, string> { ["vip"] = "y", ["name"] = "김" }), out _, out _));
        Assert.True(writer.TryCompose(MessageFixture.Delivery(2, new Dictionary<string, string> { ["name"] = "박" }), out var message, out _));

        Assert.Equal("[]", message.TextBody);
    }

    [Fact]
    public void TryCompose_ListUnsubscribe_CarriesValidTokenForThisRecipient()
    {
        using var writer = MessageFixture.Composer(unsubscribe: MessageFixture.Unsubscribe("unsubscribe@seoul.example")).CreateWriter();

        Assert.True(writer.TryCompose(MessageFixture.Delivery(42), out var message, out _));
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
    public void TryCompose_UnsubscribeDisabled_LeavesHeadersOut()
    {
        using var writer = MessageFixture.Composer(unsubscribe: new UnsubscribeOptions()).CreateWriter();

        Assert.True(writer.TryCompose(MessageFixture.Delivery(1), out var message, out _));

        Assert.False(message.Headers.Contains("List-Unsubscribe"));
        Assert.False(message.Headers.Contains("List-Unsubscribe-Post"));
    }

    [Fact]
    public void TryCompose_InvalidAddress_FailsAndWriterStaysUsable()
    {
        using var writer = MessageFixture.Composer().CreateWriter();

        Assert.False(writer.TryCompose(MessageFixture.Delivery(1, address: "not an address"), out _, out var error));
        Assert.NotNull(error);
        Assert.True(writer.TryCompose(MessageFixture.Delivery(2), out _, out _));
    }

    [Fact]
    public void Compose_InvalidAddress_Throws()
    {
        using var writer = MessageFixture.Composer().CreateWriter();

        Assert.Throws<InvalidOperationException>(() => writer.Compose(MessageFixture.Delivery(1, address: "@@")));
    }
}
