using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class CampaignTemplatesTests
{
    [Fact]
    public void Compile_ValidTemplates_Succeeds()
    {
        var result = CampaignTemplates.Compile(MessageFixture.KoreanTemplate);

        Assert.True(result.Succeeded);
        Assert.True(result.Templates.HasHtml);
        Assert.True(result.Templates.HasText);
        Assert.Null(result.FailedPart);
    }

    [Theory]
    [InlineData(TemplatePart.Subject)]
    [InlineData(TemplatePart.Html)]
    [InlineData(TemplatePart.Text)]
    public void Compile_SyntaxErrorInOnePart_FailsNamingThatPart(TemplatePart broken)
    {
        const string Bad = "{% if name %}unclosed {{ name ";
        var template = new MessageTemplate(
            broken == TemplatePart.Subject ? Bad : "안내",
            broken == TemplatePart.Html ? Bad : "<p>{{ name }}</p>",
            broken == TemplatePart.Text ? Bad : "{{ name }}");

        var result = CampaignTemplates.Compile(template);

        Assert.False(result.Succeeded);
        Assert.Equal(broken, result.FailedPart);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Compile_NoBody_FailsWithoutPart()
    {
        var result = CampaignTemplates.Compile(new MessageTemplate("안내", null, "  "));

        Assert.False(result.Succeeded);
        Assert.Null(result.FailedPart);
    }

    [Fact]
    public void Compile_SubjectOverLimit_FailsOnSubject()
    {
        var result = CampaignTemplates.Compile(new MessageTemplate(new string('가', MessageLimits.MaxSubjectTemplateLength + 1), null, "본문"));

        Assert.False(result.Succeeded);
        Assert.Equal(TemplatePart.Subject, result.FailedPart);
    }

    [Fact]
    public void Compile_BodyAtLimit_SucceedsAndOverLimit_Fails()
    {
        var atLimit = CampaignTemplates.Compile(new MessageTemplate("s", new string('a', MessageLimits.MaxBodyTemplateLength), null));
        var overLimit = CampaignTemplates.Compile(new MessageTemplate("s", new string('a', MessageLimits.MaxBodyTemplateLength + 1), null));

        Assert.True(atLimit.Succeeded);
        Assert.False(overLimit.Succeeded);
        Assert.Equal(TemplatePart.Html, overLimit.FailedPart);
    }

    [Fact]
    public void Compile_OnlyTextBody_HasNoHtml()
    {
        var templates = MessageFixture.Compile(new MessageTemplate("s", null, "본문 {{ name }}"));

        Assert.False(templates.HasHtml);
        Assert.True(templates.HasText);
    }
}
