using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

/// <summary>The segment renderer must write exactly what Fluid writes, for every template it accepts.</summary>
public sealed class TemplateSegmentsTests
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static TheoryData<string> Templates() =>
    [
        "{{ name }}님 안녕하세요",
        "<p>{{ greeting }}, <b>{{ name }}</b> ({{ district }})</p>\n<a href=\"{{ unsubscribe_url }}\">x</a>",
        "  {{- name -}}  \n  {{ district }}  ",
        "{{name}}{{district}}{{ missing }}|{{ Name }}|{{ NAME }}",
        "{{ recipient_id }} {{ address }} {{ unsubscribe_url }}",
        "plain text, no fields at all\r\nsecond line",
        "{{ name }}",
        "a {{ name -}}\n\n b {{- district }} c",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Render_TextAndPlainFields_WritesWhatFluidWrites(string source)
    {
        Assert.True(new FluidParser().TryParse(source, out var template, out _));
        var segments = TemplateSegments.TryCreate(template, new TemplateOptions());
        Assert.NotNull(segments);
        foreach (var fields in FieldSets())
        {
            foreach (var url in new[] { null, "https://x.example/u?t=a&b=<c>" })
            {
                var delivery = MessageFixture.Delivery(7, fields, "kim@naver.example");
                foreach (var encoder in new TextEncoder[] { NullEncoder.Default, Html })
                {
                    Assert.Equal(Fluid(template, encoder, delivery, url), Segments(segments, encoder, delivery, url));
                }
            }
        }
    }

    [Theory]
    [InlineData("{% if name %}{{ name }}{% endif %}")]
    [InlineData("{{ name | upcase }}")]
    [InlineData("{{ user.name }}")]
    [InlineData("{% assign x = 1 %}{{ x }}")]
    [InlineData("{{ 'literal' }}")]
    public void TryCreate_TagsFiltersOrPaths_LeavesTheTemplateToFluid(string source)
    {
        Assert.True(new FluidParser().TryParse(source, out var template, out _));

        Assert.Null(TemplateSegments.TryCreate(template, new TemplateOptions()));
    }

    private static IEnumerable<Dictionary<string, string>> FieldSets() =>
    [
        new() { ["name"] = "김민수", ["district"] = "마포구", ["greeting"] = "안녕하세요" },
        new() { ["name"] = "<script>alert('x')</script> & \"q\"", ["district"] = "" },
        new() { ["Name"] = "Upper", ["district"] = "종로구\r\nBcc: evil@example.test" },
        new() { ["name"] = "n", ["recipient_id"] = "spoof", ["address"] = "spoof@x", ["unsubscribe_url"] = "spoof" },
        new(),
    ];

    private static string Segments(TemplateSegments segments, TextEncoder encoder, LeasedDelivery delivery, string? url)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        segments.Render(writer, encoder, new RecipientValues(delivery, url));
        return writer.ToString();
    }

    private static string Fluid(IFluidTemplate template, TextEncoder encoder, LeasedDelivery delivery, string? url)
    {
        // The context exactly as TemplateRenderer builds it.
        var context = new TemplateContext(new TemplateOptions());
        foreach (var (name, value) in delivery.Fields)
        {
            context.SetValue(name, new StringValue(value));
        }

        context.SetValue("recipient_id", new StringValue(delivery.RecipientId));
        context.SetValue("address", new StringValue(delivery.Address));
        context.SetValue("unsubscribe_url", url is null ? NilValue.Instance : new StringValue(url));
        return template.Render(context, encoder);
    }
}
