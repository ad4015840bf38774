using Microsoft.Extensions.Time.Testing;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Tests.Messages;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>The message writer's VERP: the row's own envelope sender, the X-SM-Ref header, no Return-Path header.</summary>
public sealed class VerpMessageTests
{
    [Fact]
    public void TryWrite_VerpConfigured_EnvelopeSenderNamesTheRow()
    {
        var tokens = BounceTestData.Tokens();
        using var writer = Composer(tokens).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(17), out var message, out var error), error);

        Assert.Equal(tokens.CreateAddress(MessageFixture.CampaignId, 17), message.Sender);
        Assert.Equal(new BounceReference(MessageFixture.CampaignId, 17), tokens.ParseAddress(message.Sender).Value);
        Assert.True(message.Sender.IndexOf('@', StringComparison.Ordinal) <= BounceOptions.MaxLocalPartOctets);
    }

    [Fact]
    public void TryWrite_VerpConfigured_RefHeaderAndNoReturnPathHeader()
    {
        var tokens = BounceTestData.Tokens();
        using var writer = Composer(tokens).CreateWriter();

        var parsed = MessageFixture.WriteAndParse(writer, MessageFixture.Delivery(3));

        Assert.Equal(tokens.CreateToken(MessageFixture.CampaignId, 3), parsed.Headers[BounceReportParser.ReferenceHeader]);
        Assert.Null(parsed.Headers[MimeKit.HeaderId.ReturnPath]);
    }

    [Fact]
    public void TryWrite_NoVerp_CampaignSenderAndNoRefHeader()
    {
        using var writer = Composer(null).CreateWriter();

        Assert.True(writer.TryWrite(MessageFixture.Delivery(3), out var message, out _));

        Assert.Equal("monitor@seoul.example", message.Sender);
        Assert.Null(MessageFixture.Parse(message).Headers[BounceReportParser.ReferenceHeader]);
    }

    private static MessageComposer Composer(ReturnPathTokens? tokens)
    {
        var template = MessageFixture.KoreanTemplate;
        return new MessageComposer(
            MessageFixture.Campaign(template), MessageFixture.Compile(template), MessageFixture.Unsubscribe(), null,
            new FakeTimeProvider(MessageFixture.Now), returnPaths: tokens);
    }
}
