using System.Security.Cryptography;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>A personalised Korean newsletter of about a given size, its composer and a delivery.</summary>
internal static class MessageBenchmarkData
{
    public static readonly Guid CampaignId = Guid.Parse("3f2b8c1e-0d4a-4e6b-9a51-7c2d9e0f1a23");

    public static MessageTemplate Template(int bytes)
    {
        // One paragraph is about 200 UTF-8 bytes in HTML and in text; the two alternatives together make up the size.
        const string Paragraph = "{{ district }}의 시민모니터 활동 일정과 교육 안내입니다. Monitoring schedule for {{ name }}. ";
        var paragraphs = Math.Max(1, bytes / 2 / 200);
        var body = string.Concat(Enumerable.Repeat(Paragraph, paragraphs));
        return new MessageTemplate(
            "{{ name }}님, {{ district }} 시민모니터 안내",
            $"<html><body><p>{{{{ name }}}}님 안녕하세요.</p><p>{body}</p><a href=\"{{{{ unsubscribe_url }}}}\">수신거부</a></body></html>",
            $"{{{{ name }}}}님 안녕하세요.\n{body}\n수신거부: {{{{ unsubscribe_url }}}}");
    }

    public static MessageComposer Composer(int bytes, DkimOptions? dkim = null)
    {
        var template = Template(bytes);
        var compiled = CampaignTemplates.Compile(template);
        var definition = new CampaignDefinition
        {
            Id = CampaignId,
            Name = "benchmark",
            Sender = new MailSender("monitor@seoul.example", "서울특별시 시민모니터"),
            Template = template,
            AudienceKey = "all",
            SendBy = DateTimeOffset.UnixEpoch.AddYears(60),
        };
        var unsubscribe = new UnsubscribeOptions
        {
            BaseUrl = "https://monitor.seoul.example/unsubscribe",
            SigningKey = Convert.ToBase64String(new byte[32]),
        };
        return new MessageComposer(definition, compiled.Templates!, unsubscribe, dkim is null ? null : DkimSigningKey.Load(dkim), TimeProvider.System);
    }

    public static LeasedDelivery Delivery(long sequence) => new(
        CampaignId, sequence, $"r-{sequence}", $"user{sequence}@naver.example", "naver.example",
        new Dictionary<string, string> { ["name"] = "김민수", ["district"] = "마포구" }, null, 0);

    public static DkimOptions Rsa2048(RSA rsa) => new()
    {
        Enabled = true, Domain = "seoul.example", Selector = "s1", Algorithm = DkimAlgorithm.RsaSha256, PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
    };
}
