using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>Campaigns and recipients for ledger tests.</summary>
internal static class LedgerData
{
    public static CampaignDefinition Campaign(CampaignPriority priority = CampaignPriority.Normal, string name = "소방서 재난 안내") => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Sender = new MailSender("notice@seoul.go.kr", "서울특별시", "bounces@seoul.go.kr"),
        Template = new MessageTemplate("{{ name }}님께 안내", "<p>{{ name }}</p>", "{{ name }}"),
        AudienceKey = "district:gangnam",
        SendAt = LedgerTestDatabase.Start.AddHours(1),
        SendBy = LedgerTestDatabase.Start.AddDays(1),
        Priority = priority,
    };

    public static Recipient Recipient(int i) =>
        new($"r{i}", $"User{i}@Example{i % 3}.com", new Dictionary<string, string> { ["name"] = $"시민{i}", ["district"] = "강남구" }, $"consent-{i}");

    public static List<Recipient> Recipients(int count, int first = 1) =>
        Enumerable.Range(first, count).Select(Recipient).ToList();
}
