using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Ledger;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Campaigns whose rows were all sent, for bounce tests on a real ledger.</summary>
internal static class BounceLedgerData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A campaign created at <paramref name="createdAt"/> whose rows (1, 2, … in order of <paramref name="addresses"/>) are Sent.</summary>
    public static async Task<Guid> SentCampaignAsync(IDeliveryLedger ledger, DateTimeOffset createdAt, Guid? id = null, params string[] addresses)
    {
        var campaign = LedgerData.Campaign() with { Id = id ?? Guid.NewGuid() };
        await ledger.CreateCampaignAsync(campaign, createdAt, Ct);
        await ledger.AddRecipientsAsync(campaign.Id, [.. addresses.Select((a, i) => new Recipient($"r{i + 1}", a))], createdAt, Ct);
        var claimed = await ledger.ClaimAsync(campaign.Id, addresses.Length, "node", createdAt, createdAt.AddMinutes(2), false, Ct);
        await ledger.CompleteAsync([.. claimed.Select(c => new DeliveryOutcome(campaign.Id, c.Sequence, DeliveryState.Sent, true, ReplyCode: 250))], createdAt, Ct);
        return campaign.Id;
    }

    /// <summary>The sample campaign of the non-Postfix samples: row 2 the Gmail recipient, 3 the complainer, 4 the forged/no-token one.</summary>
    public static Task<Guid> SampleCampaignAsync(IDeliveryLedger ledger) => SentCampaignAsync(
        ledger, LedgerTestDatabase.Start, BounceTestData.SampleCampaign,
        "first@example.net", "nobody.citizen.2026@gmail.com", "complainer@mailprovider.example", "gone@example.net");
}
