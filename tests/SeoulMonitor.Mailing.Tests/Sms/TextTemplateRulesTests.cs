using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary><see cref="SmsTemplateRules"/> and <see cref="SmsAdvertising"/>: what an SMS campaign's template must be.</summary>
public sealed class SmsTemplateRulesTests
{
    private const string Ad = "(광고) 서울시 여름 축제 {{ name }}님 초대\n무료거부 080-123-4567";

    [Fact]
    public void FixedText_MergeFieldsAndTags_Removed() =>
        Assert.Equal("안녕하세요 님, 입니다", SmsTemplateRules.FixedText("안녕하세요 {{ name }}님, {% if x %}{{ district | upcase }}{% endif %}입니다"));

    [Fact]
    public void Check_FixedTextAtLmsLimit_AcceptedOneByteMoreRefused()
    {
        var atLimit = "{{ name }}" + new string('가', 999) + "ab";
        var over = "{{ name }}" + new string('가', 1_000) + "a";

        Assert.Null(SmsTemplateRules.Check(new MessageTemplate("", null, atLimit), CampaignPurpose.Informational));
        Assert.Equal("sms.text.too_long", SmsTemplateRules.Check(new MessageTemplate("", null, over), CampaignPurpose.Informational)?.Code);
    }

    [Theory]
    [InlineData(null, "x", null, "sms.template.text_missing")]
    [InlineData(null, " ", null, "sms.template.text_missing")]
    [InlineData("<p>x</p>", "x", null, "sms.template.html_unsupported")]
    [InlineData(null, "{{ name }} 😀", null, "sms.text.unencodable")]
    [InlineData(null, "똠 {{ name }}", null, "sms.text.unencodable")]
    public void Check_BadTemplate_RefusedWithCode(string? html, string? text, string? subject, string code)
    {
        var template = new MessageTemplate(subject ?? "", html, text == "x" && html is null ? null : text);

        Assert.Equal(code, SmsTemplateRules.Check(template, CampaignPurpose.Informational)?.Code);
    }

    [Fact]
    public void Check_SubjectLength_FortyAcceptedFortyOneRefused()
    {
        Assert.Null(SmsTemplateRules.Check(new MessageTemplate(new string('가', 40), null, "x"), CampaignPurpose.Informational));
        Assert.Equal("sms.template.subject_too_long", SmsTemplateRules.Check(new MessageTemplate(new string('가', 41), null, "x"), CampaignPurpose.Informational)?.Code);
    }

    [Fact]
    public void Check_OnlyMergeFields_AcceptedAndMeasuredPerRecipientAtSendTime()
    {
        Assert.Null(SmsTemplateRules.Check(new MessageTemplate("", null, "{{ body }}"), CampaignPurpose.Informational));
        Assert.Equal("sms.text.too_long", SmsTemplateRules.CheckRendered(new string('가', 1_001), CampaignPurpose.Informational).Error?.Code);
        Assert.Equal(new SmsMeasure(SmsKind.Lms, 2_000), SmsTemplateRules.CheckRendered(new string('가', 1_000), CampaignPurpose.Informational).Value?.Measure);
    }

    [Theory]
    [InlineData(Ad, null)]
    [InlineData("(광고)서울시 무료거부 0801234567", null)]
    [InlineData("(광고) 서울시 무료거부: 080-1234-5678", null)]
    [InlineData("(광고) 서울시 무료거부 080 123 4567 끝", null)]
    [InlineData("[광고] 서울시 무료거부 080-123-4567", "sms.advertising.label_missing")]
    [InlineData("(광 고) 서울시 무료거부 080-123-4567", "sms.advertising.label_missing")]
    [InlineData(" (광고) 서울시 무료거부 080-123-4567", "sms.advertising.label_missing")]
    [InlineData("서울시 (광고) 무료거부 080-123-4567", "sms.advertising.label_missing")]
    [InlineData("(광고) 서울시 무료거부 02-2133-1234", "sms.advertising.opt_out_missing")]
    [InlineData("(광고) 서울시 수신거부 080-123-4567", "sms.advertising.opt_out_missing")]
    [InlineData("(광고) 서울시 무료거부 080-123-45678", "sms.advertising.opt_out_missing")]
    [InlineData("(광고) 서울시 무료거부 {{ optout }}", "sms.advertising.opt_out_missing")]
    public void Check_AdvertisingLabels_RequiredInTheFixedText(string text, string? code)
    {
        Assert.Equal(code, SmsTemplateRules.Check(new MessageTemplate("", null, text), CampaignPurpose.Advertising)?.Code);
        Assert.Null(SmsTemplateRules.Check(new MessageTemplate("", null, text.Replace("{{ optout }}", "x", StringComparison.Ordinal)), CampaignPurpose.Informational));
    }
}
