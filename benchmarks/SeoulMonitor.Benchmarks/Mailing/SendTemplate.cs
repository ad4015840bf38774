using System.Text;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// The benchmark campaign's Liquid template: a personal greeting (greeting, name, district) on top, a newsletter body
/// padded with ASCII prose in 76-character lines so that the message is about the requested size, and a per-recipient
/// unsubscribe link at the end; HTML and plain-text alternatives, each about half the size.
/// </summary>
internal static class SendTemplate
{
    private const string Prose = "Seoul Citizen Monitor newsletter: this month's monitoring schedule, training sessions and survey results. ";

    public static MessageTemplate Create(int bytes)
    {
        var half = Math.Max(256, bytes / 2);
        var text = new StringBuilder();
        text.Append("{{ greeting }}, {{ name }}님 ({{ district }}).\n\n");
        Pad(text, half, "\n");
        text.Append("\n수신거부 / unsubscribe: {{ unsubscribe_url }}\n");
        var html = new StringBuilder();
        html.Append("<html><body><p>{{ greeting }}, <b>{{ name }}</b>님 ({{ district }}).</p>\n<p>");
        Pad(html, half, "<br>\n");
        html.Append("</p>\n<p><a href=\"{{ unsubscribe_url }}\">수신거부 / unsubscribe</a></p></body></html>\n");
        return new MessageTemplate("{{ name }}님, {{ district }} 시민모니터 소식", html.ToString(), text.ToString());
    }

    private static void Pad(StringBuilder builder, int target, string lineBreak)
    {
        var start = builder.Length;
        var p = 0;
        while (builder.Length - start < target)
        {
            for (var k = 0; k < 72; k++)
            {
                builder.Append(Prose[p++ % Prose.Length]);
            }

            builder.Append(lineBreak);
        }
    }
}
