using System.Globalization;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Tests.Fakes;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// What the ledger and the SMTP server say about one campaign once it is over: counts, every recipient's record, and
/// how many times the server accepted each Message-ID. The checks every resilience test makes.
/// </summary>
internal sealed class CampaignAudit
{
    private const string MessageIdDomain = "seoul.go.kr";

    private CampaignAudit(Guid campaignId, CampaignState? state, DeliveryCounts counts, IReadOnlyList<DeliveryRecord> records, IReadOnlyDictionary<string, int> received)
    {
        CampaignId = campaignId;
        State = state;
        Counts = counts;
        Records = records;
        Received = received;
    }

    public Guid CampaignId { get; }

    public CampaignState? State { get; }

    public DeliveryCounts Counts { get; }

    public IReadOnlyList<DeliveryRecord> Records { get; }

    /// <summary>Times the server accepted each Message-ID of this campaign.</summary>
    public IReadOnlyDictionary<string, int> Received { get; }

    /// <summary>Messages the server accepted more than once (each extra copy counts).</summary>
    public int Duplicates => Received.Values.Sum(n => n - 1);

    public static async Task<CampaignAudit> LoadAsync(
        IDeliveryLedger ledger, Guid campaignId, IEnumerable<string> recipientIds, FaultySmtpServer server, CancellationToken cancellationToken)
    {
        var counts = await ledger.CountAsync(campaignId, cancellationToken);
        var state = (await ledger.GetCampaignAsync(campaignId, cancellationToken))?.State;
        var records = new List<DeliveryRecord>();
        foreach (var id in recipientIds)
        {
            records.Add(await ledger.GetDeliveryAsync(campaignId, id, cancellationToken)
                ?? throw new InvalidOperationException($"Recipient {id} has no ledger row: lost from the snapshot."));
        }

        var prefix = campaignId.ToString("N") + ".";
        var received = server.Messages.Select(m => m.MessageId).Where(id => id is not null && id.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(id => id!).ToDictionary(g => g.Key, g => g.Count());
        return new CampaignAudit(campaignId, state, counts, records, received);
    }

    public static Task<CampaignAudit> LoadAsync(
        string connectionString, Guid campaignId, IEnumerable<string> recipientIds, FaultySmtpServer server, CancellationToken cancellationToken) =>
        LoadAsync(new LedgerOptions { ConnectionString = connectionString }, campaignId, recipientIds, server, cancellationToken);

    public static async Task<CampaignAudit> LoadAsync(
        LedgerOptions options, Guid campaignId, IEnumerable<string> recipientIds, FaultySmtpServer server, CancellationToken cancellationToken)
    {
        var ledger = DeliveryLedgerFactory.Create(options);
        await ledger.InitializeAsync(cancellationToken);
        return await LoadAsync(ledger, campaignId, recipientIds, server, cancellationToken);
    }

    public string MessageIdOf(DeliveryRecord record) =>
        string.Create(CultureInfo.InvariantCulture, $"{CampaignId:N}.{record.Sequence}@{MessageIdDomain}");

    /// <summary>
    /// Every recipient in exactly one final state; every Sent row's message received; every other row explained by
    /// <paramref name="injected"/> (a fault the test caused) and never received; nothing received that is not a Sent row.
    /// </summary>
    public void AssertEveryRecipientFinalAndNoneLost(int total, Func<DeliveryRecord, bool> injected)
    {
        Assert.Equal(total, Records.Count);
        Assert.Equal(total, Counts.Total);
        Assert.Equal(Counts.Total, Counts.Final);
        Assert.Equal((0L, 0L, 0L), (Counts.Pending, Counts.InFlight, Counts.Deferred));
        foreach (var record in Records)
        {
            if (record.State == DeliveryState.Sent)
            {
                Assert.True(Received.ContainsKey(MessageIdOf(record)), $"{record.RecipientId} is Sent but the server never accepted its message.");
            }
            else
            {
                Assert.True(
                    record.State is DeliveryState.Failed or DeliveryState.Suppressed or DeliveryState.Expired or DeliveryState.Cancelled && injected(record),
                    $"{record.RecipientId} ended {record.State} ({record.Reply}) without an injected cause.");
                Assert.False(Received.ContainsKey(MessageIdOf(record)), $"{record.RecipientId} is {record.State} but was received.");
            }
        }

        var sent = Records.Where(r => r.State == DeliveryState.Sent).Select(MessageIdOf).ToHashSet();
        Assert.All(Received.Keys, id => Assert.Contains(id, sent));
    }
}
