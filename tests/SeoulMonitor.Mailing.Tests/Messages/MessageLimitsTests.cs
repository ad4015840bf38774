using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class MessageLimitsTests
{
    [Fact]
    public void TryWrite_TooManyFields_Fails()
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = Enumerable.Range(0, MessageLimits.MaxFieldCount + 1).ToDictionary(i => $"f{i}", i => "v");

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, fields), out _, out var error));
        Assert.Contains(MessageLimits.MaxFieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_FieldsAtLimits_Succeeds()
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = Enumerable.Range(0, MessageLimits.MaxFieldCount - 1)
            .ToDictionary(i => $"f{i}".PadRight(MessageLimits.MaxFieldNameLength, 'x'), i => new string('가', MessageLimits.MaxFieldValueLength));
        fields["name"] = "김";

        Assert.True(writer.TryWrite(MessageFixture.Delivery(1, fields), out _, out var error), error);
    }

    [Theory]
    [InlineData(MessageLimits.MaxFieldNameLength + 1, 1)]
    [InlineData(1, MessageLimits.MaxFieldValueLength + 1)]
    public void TryWrite_FieldOverLengthLimit_Fails(int nameLength, int valueLength)
    {
        using var writer = MessageFixture.Composer().CreateWriter();
        var fields = new Dictionary<string, string> { [new string('n', nameLength)] = new string('v', valueLength) };

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, fields), out _, out _));
    }

    [Fact]
    public void TryWrite_RenderedBodyOverLimit_FailsWithoutThrowing()
    {
        var loops = (MessageLimits.MaxRenderedBodyLength / MessageLimits.MaxFieldValueLength) + 2;
        var template = new MessageTemplate("s", null, $"{{% for i in (1..{loops}) %}}{{{{ big }}}}{{% endfor %}}");
        using var writer = MessageFixture.Composer(template).CreateWriter();
        var fields = new Dictionary<string, string> { ["big"] = new string('a', MessageLimits.MaxFieldValueLength) };

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, fields), out _, out var error));
        Assert.Contains("limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_EndlessLoop_StopsAtStepLimit()
    {
        var template = new MessageTemplate("s", null, "{% for i in (1..100000000) %}x{% endfor %}");
        using var writer = MessageFixture.Composer(template).CreateWriter();

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1), out _, out _));
    }

    [Fact]
    public void TryWrite_RenderedSubjectOverLimit_Fails()
    {
        var template = new MessageTemplate("{{ a }}{{ a }}", null, "본문");
        using var writer = MessageFixture.Composer(template).CreateWriter();
        var fields = new Dictionary<string, string> { ["a"] = new string('가', (MessageLimits.MaxRenderedSubjectLength / 2) + 1) };

        Assert.False(writer.TryWrite(MessageFixture.Delivery(1, fields), out _, out _));
    }
}
