using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Ledger;

/// <summary>SMS message ids and carrier outcomes.</summary>
public abstract partial class DeliveryLedgerContract
{
    [Fact]
    public async Task RecordSmsMessages_ThenGet_AcceptedWithItsRow()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 2);

        await db.Ledger.RecordSmsMessagesAsync([new("gw-1", campaign, 2, "01012345678")], Now, Ct);
        var stored = await db.NewLedger().GetSmsMessageAsync("gw-1", Ct);

        Assert.Equal(new SmsMessageStatus("gw-1", campaign, 2, "01012345678", SmsCarrierStatus.Accepted, null, null, Now), stored);
        Assert.Null(await db.Ledger.GetSmsMessageAsync("gw-2", Ct));
    }

    [Fact]
    public async Task RecordSmsMessages_WithKindAndBytes_ReadBackByIdByRowAndInPages()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db, 3);
        await db.Ledger.RecordSmsMessagesAsync(
            [new("gw-1", campaign, 1, "01012340001", SeoulMonitor.Mailing.Sms.SmsKind.Sms, 90), new("gw-2", campaign, 2, "01012340002", SeoulMonitor.Mailing.Sms.SmsKind.Lms, 91), new("gw-3", campaign, 3, "01012340003")], Now, Ct);
        var ledger = db.NewLedger();

        var byRow = await ledger.GetSmsMessageAsync(campaign, 2, Ct);
        var first = await ledger.ListSmsMessagesAsync(campaign, 0, 2, Ct);
        var rest = await ledger.ListSmsMessagesAsync(campaign, 2, 2, Ct);

        Assert.Equal(new SmsMessageStatus("gw-2", campaign, 2, "01012340002", SmsCarrierStatus.Accepted, null, null, Now, SeoulMonitor.Mailing.Sms.SmsKind.Lms, 91), byRow);
        Assert.Equal((SeoulMonitor.Mailing.Sms.SmsKind.Sms, 90), ((await ledger.GetSmsMessageAsync("gw-1", Ct))!.Kind, (await ledger.GetSmsMessageAsync("gw-1", Ct))!.Bytes));
        Assert.Equal(["gw-1", "gw-2"], first.Select(m => m.MessageId));
        Assert.Equal(("gw-3", (SeoulMonitor.Mailing.Sms.SmsKind?)null, (int?)null), (Assert.Single(rest).MessageId, rest[0].Kind, rest[0].Bytes));
        Assert.Null(await ledger.GetSmsMessageAsync(campaign, 4, Ct));
        Assert.Empty(await ledger.ListSmsMessagesAsync(Guid.NewGuid(), 0, 10, Ct));
    }

    [Fact]
    public async Task RecordSmsMessages_1200InOneCallAndARepeatedId_FirstKept()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db);
        var batch = Enumerable.Range(1, 1_200).Select(i => new SmsMessageRecord($"gw-{i}", campaign, i, $"010{i:D8}")).ToList();

        await db.Ledger.RecordSmsMessagesAsync(batch, Now, Ct);
        await db.Ledger.RecordSmsMessagesAsync([new("gw-7", campaign, 999, "01099999999")], Now.AddMinutes(1), Ct);

        Assert.Equal((7L, Now), ((await db.Ledger.GetSmsMessageAsync("gw-7", Ct))!.Sequence, (await db.Ledger.GetSmsMessageAsync("gw-7", Ct))!.UpdatedAt));
        Assert.NotNull(await db.Ledger.GetSmsMessageAsync("gw-1200", Ct));
    }

    [Fact]
    public async Task ApplySmsReport_OnceThenRepeatedThenContrary_AppliedThenUnchanged()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);
        var campaign = await CreateCampaignAsync(db);
        await db.Ledger.RecordSmsMessagesAsync([new("gw-1", campaign, 1, "01012345678")], Now, Ct);
        var delivered = new SmsCarrierReport("gw-1", SmsCarrierStatus.Delivered, "0000", Now.AddSeconds(30));

        var first = await db.Ledger.ApplySmsReportAsync(delivered, Now.AddMinutes(1), Ct);
        var repeated = await db.Ledger.ApplySmsReportAsync(delivered, Now.AddMinutes(2), Ct);
        var contrary = await db.NewLedger().ApplySmsReportAsync(delivered with { Status = SmsCarrierStatus.Failed, Code = "x" }, Now.AddMinutes(3), Ct);

        Assert.Equal(SmsReportApplication.Applied, first.Application);
        Assert.Equal(new SmsMessageStatus("gw-1", campaign, 1, "01012345678", SmsCarrierStatus.Delivered, "0000", Now.AddSeconds(30), Now.AddMinutes(1)), first.Message);
        Assert.Equal((SmsReportApplication.Unchanged, first.Message), (repeated.Application, repeated.Message));
        Assert.Equal((SmsReportApplication.Unchanged, first.Message), (contrary.Application, contrary.Message));
    }

    [Fact]
    public async Task ApplySmsReport_UnknownMessageId_UnknownAndNothingWritten()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);

        var result = await db.Ledger.ApplySmsReportAsync(new SmsCarrierReport("gw-x", SmsCarrierStatus.Expired, null, Now), Now, Ct);

        Assert.Equal(new SmsReportResult(SmsReportApplication.UnknownMessage, null), result);
        Assert.Null(await db.Ledger.GetSmsMessageAsync("gw-x", Ct));
    }

    [Fact]
    public async Task ApplySmsReport_AcceptedIsNotAReport_Throws()
    {
        await using var db = await LedgerTestDatabase.CreateAsync(Provider);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            db.Ledger.ApplySmsReportAsync(new SmsCarrierReport("gw-1", SmsCarrierStatus.Accepted, null, Now), Now, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            db.Ledger.RecordSmsMessagesAsync([new(new string('x', SmsGatewayLimits.MaxIdLength + 1), Guid.NewGuid(), 1, "010")], Now, Ct));
    }
}
