using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>The delivery ledger's guarantees, on each provider: schema, campaigns and the recipient snapshot.</summary>
public abstract partial class DeliveryLedgerContract(MailLedgerProvider provider)
{
    protected static readonly DateTimeOffset Now = LedgerTestDatabase.Start;

    protected MailLedgerProvider Provider => provider;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_Twice_KeepsData()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = LedgerData.Campaign();
        await db.Ledger.CreateCampaignAsync(campaign, Now, Ct);

        await db.Ledger.InitializeAsync(Ct);
        await db.NewLedger().InitializeAsync(Ct);

        Assert.NotNull(await db.Ledger.GetCampaignAsync(campaign.Id, Ct));
    }

    [Fact]
    public async Task CreateCampaign_ThenGet_RoundTripsDefinitionInDraft()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = LedgerData.Campaign(CampaignPriority.Urgent);

        await db.Ledger.CreateCampaignAsync(campaign, Now, Ct);
        var stored = await db.Ledger.GetCampaignAsync(campaign.Id, Ct);

        Assert.NotNull(stored);
        Assert.Equal(campaign, stored.Definition);
        Assert.Equal(CampaignState.Draft, stored.State);
        Assert.Equal(Now, stored.CreatedAt);
        Assert.Equal(0, stored.RecipientCount);
    }

    [Fact]
    public async Task GetCampaign_Unknown_ReturnsNull()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);

        Assert.Null(await db.Ledger.GetCampaignAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task ListCampaigns_GivenStates_UrgentFirstThenOldestFirst()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var bulk = LedgerData.Campaign(CampaignPriority.Bulk, "newsletter");
        var olderNormal = LedgerData.Campaign(CampaignPriority.Normal, "older");
        var newerNormal = LedgerData.Campaign(CampaignPriority.Normal, "newer");
        var urgent = LedgerData.Campaign(CampaignPriority.Urgent, "fire");
        var draft = LedgerData.Campaign(CampaignPriority.Urgent, "draft");
        await db.Ledger.CreateCampaignAsync(bulk, Now, Ct);
        await db.Ledger.CreateCampaignAsync(olderNormal, Now.AddMinutes(1), Ct);
        await db.Ledger.CreateCampaignAsync(newerNormal, Now.AddMinutes(2), Ct);
        await db.Ledger.CreateCampaignAsync(urgent, Now.AddMinutes(3), Ct);
        await db.Ledger.CreateCampaignAsync(draft, Now.AddMinutes(4), Ct);
        foreach (var c in new[] { bulk, olderNormal, urgent })
        {
            Assert.True(await db.Ledger.TransitionCampaignAsync(c.Id, CampaignState.Draft, CampaignState.Running, Now, Ct));
        }

        Assert.True(await db.Ledger.TransitionCampaignAsync(newerNormal.Id, CampaignState.Draft, CampaignState.Scheduled, Now, Ct));

        var listed = await db.Ledger.ListCampaignsAsync([CampaignState.Running, CampaignState.Scheduled], Ct);

        Assert.Equal(["fire", "older", "newer", "newsletter"], listed.Select(c => c.Definition.Name));
        Assert.Empty(await db.Ledger.ListCampaignsAsync([CampaignState.Completed], Ct));
    }

    [Fact]
    public async Task TransitionCampaign_FromStaleState_ChangesNothing()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = LedgerData.Campaign();
        await db.Ledger.CreateCampaignAsync(campaign, Now, Ct);

        var first = await db.Ledger.TransitionCampaignAsync(campaign.Id, CampaignState.Draft, CampaignState.Running, Now.AddMinutes(5), Ct);
        var second = await db.NewLedger().TransitionCampaignAsync(campaign.Id, CampaignState.Draft, CampaignState.Cancelled, Now.AddMinutes(6), Ct);
        var stored = await db.Ledger.GetCampaignAsync(campaign.Id, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(CampaignState.Running, stored!.State);
        Assert.Equal(Now.AddMinutes(5), stored.UpdatedAt);
    }

    [Fact]
    public async Task AddRecipients_RepeatedAddressesAndIds_AreSkippedWithinAndAcrossBatches()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = await CreateCampaignAsync(db);

        var first = await db.Ledger.AddRecipientsAsync(campaign, [
            new Recipient("a", "Kim@Naver.com"),
            new Recipient("b", "  kim@naver.COM "),
            new Recipient("c", "lee@daum.net"),
            new Recipient("a", "park@gmail.com"),
        ], Now, Ct);
        var second = await db.Ledger.AddRecipientsAsync(campaign, [
            new Recipient("d", "LEE@DAUM.NET"),
            new Recipient("c", "choi@gmail.com"),
            new Recipient("e", "choi@gmail.com"),
            new Recipient("f", "jung@naver.com"),
        ], Now, Ct);

        Assert.Equal(2, first);
        Assert.Equal(1, second);
        Assert.Equal(3, (await db.Ledger.CountAsync(campaign, Ct)).Pending);
        Assert.Equal(3, (await db.Ledger.GetCampaignAsync(campaign, Ct))!.RecipientCount);
        Assert.Equal(3, (await db.Ledger.GetDeliveryAsync(campaign, "f", Ct))!.Sequence);
        Assert.Null(await db.Ledger.GetDeliveryAsync(campaign, "d", Ct));
        Assert.Null(await db.Ledger.GetDeliveryAsync(campaign, "e", Ct));
        Assert.Equal("Kim@Naver.com", (await db.Ledger.GetDeliveryAsync(campaign, "a", Ct))!.Address);
    }

    [Fact]
    public async Task AddRecipients_ManyBatches_SequenceContinuesWithoutGaps()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = await CreateCampaignAsync(db);

        var added = await db.Ledger.AddRecipientsAsync(campaign, LedgerData.Recipients(12_000), Now, Ct);
        var again = await db.Ledger.AddRecipientsAsync(campaign, LedgerData.Recipients(12_010), Now, Ct);
        var counts = await db.Ledger.CountAsync(campaign, Ct);
        var last = await db.Ledger.GetDeliveryAsync(campaign, "r12010", Ct);
        var claimed = await db.Ledger.ClaimAsync(campaign, 20_000, "node-a", Now, Now.AddMinutes(5), false, Ct);

        Assert.Equal(12_000, added);
        Assert.Equal(10, again);
        Assert.Equal(12_010, counts.Pending);
        Assert.Equal(12_010, counts.Total);
        Assert.Equal(12_010, last!.Sequence);
        Assert.Equal(Enumerable.Range(1, 12_010).Select(i => (long)i), claimed.Select(d => d.Sequence));
    }

    [Fact]
    public async Task AddRecipients_EmptyBatch_AddsNothing()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = await CreateCampaignAsync(db);

        Assert.Equal(0, await db.Ledger.AddRecipientsAsync(campaign, [], Now, Ct));
        Assert.Equal(0, (await db.Ledger.CountAsync(campaign, Ct)).Total);
    }

    [Fact]
    public async Task AddRecipients_UnknownCampaign_Throws()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Ledger.AddRecipientsAsync(Guid.NewGuid(), LedgerData.Recipients(2), Now, Ct));
    }

    [Fact]
    public async Task AddRecipients_RecipientWithoutAddress_ThrowsArgumentException()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(provider);
        var campaign = await CreateCampaignAsync(db);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Ledger.AddRecipientsAsync(campaign, [new Recipient("x", " ")], Now, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => db.Ledger.AddRecipientsAsync(campaign, null!, Now, Ct));
    }

    private protected static async Task<Guid> CreateCampaignAsync(LedgerTestDatabase db, int recipients = 0)
    {
        var campaign = LedgerData.Campaign();
        await db.Ledger.CreateCampaignAsync(campaign, Now, Ct);
        if (recipients > 0)
        {
            Assert.Equal(recipients, await db.Ledger.AddRecipientsAsync(campaign.Id, LedgerData.Recipients(recipients), Now, Ct));
        }

        return campaign.Id;
    }
}
