using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Sms.Gateway;
using SeoulMonitor.Mailing.Sms.Numbers;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

/// <summary>The gateway's writer applies the SMS rules' one send-time check, the stored sender form and the mobile rule.</summary>
public sealed class SmsWriterTests
{
    private const string Ad = "(광고) {{ name }}님 서울 축제 안내\r\n무료거부 080-123-4567";

    [Fact]
    public void Compose_CrLfText_SentAsLfAndCountedAsSent()
    {
        var composed = Compose(Campaign("{{ name }}님\r\n안녕하세요\r끝"));

        Assert.True(composed.IsSuccess, composed.Error?.Code);
        Assert.Equal("시민님\n안녕하세요\n끝", composed.Value.Request.Text);
        Assert.Equal(SmsText.Measure(composed.Value.Request.Text).Value, composed.Value.Measure);
        Assert.Equal(("SMS", null), (composed.Value.Request.Kind, composed.Value.Request.Subject));
    }

    [Fact]
    public void Compose_AdvertisingWithLabels_Accepted()
    {
        var composed = Compose(Campaign(Ad, CampaignPurpose.Advertising));

        Assert.True(composed.IsSuccess, composed.Error?.Code);
        Assert.StartsWith(SmsAdvertising.Label, composed.Value.Request.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MergeFieldBeforeTheAdvertisingLabel_RefusedWithTheRulesCode()
    {
        var composed = Compose(Campaign("{{ name }}" + Ad, CampaignPurpose.Advertising));

        Assert.Equal("sms.advertising.label_missing", composed.Error?.Code);
    }

    [Fact]
    public void Compose_EmptySubjectLongText_LmsWithoutSubject()
    {
        var composed = Compose(Campaign(new string('가', 46)));

        Assert.True(composed.IsSuccess, composed.Error?.Code);
        Assert.Equal(("LMS", null, 92), (composed.Value.Request.Kind, composed.Value.Request.Subject, composed.Value.Measure.Bytes));
    }

    [Theory]
    [InlineData("02-2133-1234", "0221331234")]
    [InlineData("0221331234", "0221331234")]
    [InlineData("1588 1234", "15881234")]
    public void Compose_SenderInAnyForm_TheDigitsTheCampaignRulesStore(string sender, string expected)
    {
        var composed = Compose(Campaign("알림") with { Sender = new MailSender(sender) });

        Assert.Equal(expected, composed.Value.Request.From);
        Assert.Equal(expected, SmsSenderNumber.Normalize(sender).Value);
    }

    [Theory]
    [InlineData("010-2345-6789", "01023456789", null)]
    [InlineData("+82 10 2345 6789", "01023456789", null)]
    [InlineData("011-2345-6789", null, "sms.number.retired")]
    [InlineData("a@example.com", null, "sms.number.invalid")]
    public void Compose_RecipientNumber_NormalisedOrRefused(string address, string? to, string? code)
    {
        var composed = Compose(Campaign("알림"), address);

        Assert.Equal((to, code), (composed.IsSuccess ? composed.Value.Request.To : null, composed.Error?.Code));
    }

    private static CampaignDefinition Campaign(string text, CampaignPurpose purpose = CampaignPurpose.Informational) => new()
    {
        Id = Guid.NewGuid(),
        Name = "문자",
        Channel = DeliveryChannel.Sms,
        Purpose = purpose,
        Sender = new MailSender("0221331234"),
        Template = new MessageTemplate("", null, text),
        AudienceKey = "sms",
        SendBy = DateTimeOffset.UnixEpoch.AddYears(60),
    };

    private static MailingResult<SmsComposed> Compose(CampaignDefinition campaign, string address = "01023456789")
    {
        using var writer = new SmsWriter(static c => SmsTemplateRules.Compile(c.Template), TimeProvider.System);
        var delivery = new LeasedDelivery(campaign.Id, 1, "r1", address, "", new Dictionary<string, string> { ["name"] = "시민" }, null, 0);
        return writer.Compose(campaign, delivery);
    }
}
