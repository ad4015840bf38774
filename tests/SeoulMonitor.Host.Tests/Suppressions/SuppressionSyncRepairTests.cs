using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Suppressions;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Suppressions;

/// <summary>A crash between Core's write and the engine's, simulated by failing the second write, is repaired by the retry.</summary>
public sealed class SuppressionSyncRepairTests
{
    private const string Address = "gone@example.net";

    /// <summary>The background sync is off: each test runs the passes itself, on the fake clock.</summary>
    private static readonly Dictionary<string, string> WorkerOff = new() { ["SuppressionSync:Enabled"] = "false" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, "Lifted")]
    [InlineData(true, "Absent")]
    public async Task ApplyLifts_SecondWriteFailsOnce_RetriedAfterTheDelayAndBothListsAgree(bool failAfterWrite, string outcome)
    {
        await using var app = new SeoulMonitorApplication(settings: WorkerOff);
        FaultyEngineSuppressions? faulty = null;
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEngineSuppressions>(sp =>
            faulty = new FaultyEngineSuppressions(new EngineSuppressions(sp.GetRequiredService<IDeliveryLedger>(), sp.GetRequiredService<SuppressionList>()), failAfterWrite))));
        var sync = host.Services.GetRequiredService<SuppressionSync>();
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, Address, "550 5.1.1 User unknown", app.Time.GetUtcNow(), Ct);
        Assert.Equal(1, await sync.SweepOnceAsync(Ct));
        var entry = Assert.Single(await EntriesAsync(host.Services));
        Assert.Equal((SuppressionReason.PermanentFailure, SuppressionSource.Engine), (entry.Reason, entry.Source));
        app.Time.Advance(TimeSpan.FromMinutes(1));
        var lift = await LiftAsync(host.Services, entry.Id);

        var failed = await sync.ApplyLiftsOnceAsync(Ct);
        var resweep = await sync.SweepOnceAsync(Ct);
        var tooEarly = await sync.ApplyLiftsOnceAsync(Ct);
        app.Time.Advance(TimeSpan.FromSeconds(30));
        var retried = await sync.ApplyLiftsOnceAsync(Ct);
        var again = await sync.ApplyLiftsOnceAsync(Ct);

        Assert.Equal((0, 0, 0, 1, 0), (failed, resweep, tooEarly, retried, again));
        Assert.Equal(2, faulty!.LiftCalls);
        Assert.Empty(await EntriesAsync(host.Services));
        Assert.Null(await ledger.GetSuppressionAsync(DeliveryChannel.Email, Address, Ct));
        Assert.False(host.Services.GetRequiredService<SuppressionList>().Contains(DeliveryChannel.Email, Address));
        var applied = await LiftRowAsync(host.Services, lift);
        Assert.Equal((outcome, 1), (applied.Outcome.ToString(), applied.Attempts));
    }

    [Fact]
    public async Task ApplyLifts_FirstOfTwoFails_SecondWaitsSoLiftsApplyInOrder()
    {
        await using var app = new SeoulMonitorApplication(settings: WorkerOff);
        FaultyEngineSuppressions? faulty = null;
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEngineSuppressions>(sp =>
            faulty = new FaultyEngineSuppressions(new EngineSuppressions(sp.GetRequiredService<IDeliveryLedger>(), sp.GetRequiredService<SuppressionList>()), false))));
        var sync = host.Services.GetRequiredService<SuppressionSync>();
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        foreach (var address in new[] { "a@example.net", "b@example.net" })
        {
            await ledger.SuppressAsync(DeliveryChannel.Email, address, "Hard bounce 5.1.1", app.Time.GetUtcNow(), Ct);
        }

        await sync.SweepOnceAsync(Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        foreach (var entry in (await EntriesAsync(host.Services)).OrderBy(e => e.Id))
        {
            await LiftAsync(host.Services, entry.Id);
        }

        Assert.Equal(0, await sync.ApplyLiftsOnceAsync(Ct));
        Assert.NotNull(await ledger.GetSuppressionAsync(DeliveryChannel.Email, "b@example.net", Ct));
        app.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(2, await sync.ApplyLiftsOnceAsync(Ct));
        Assert.Empty(await ledger.LoadSuppressionsAsync(DeliveryChannel.Email, Ct));
        Assert.Equal(3, faulty!.LiftCalls);
    }

    [Fact]
    public async Task Sweep_EngineReasonsOfBothChannels_MirroredWithCoreReasonsAndBadAddressesSkipped()
    {
        await using var app = new SeoulMonitorApplication(settings: WorkerOff);
        var sync = app.Services.GetRequiredService<SuppressionSync>();
        var ledger = app.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        var now = app.Time.GetUtcNow();
        await ledger.SuppressAsync(DeliveryChannel.Email, "a@example.net", "Hard bounce 5.1.1 (campaign x). (영구 반송)", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "b@example.net", "Complaint: abuse (campaign x). (스팸 신고)", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "c@example.net", "3 soft bounces in a row, last 4.2.2 (campaign x). (연속 일시 반송)", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "d@example.net", SuppressionList.UnsubscribedReason, now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "e@example.net", "550 5.7.1 rejected", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Email, "not an address", "550", now, Ct);
        await ledger.SuppressAsync(DeliveryChannel.Sms, "01023456789", "Carrier: 3001", now, Ct);

        var added = await sync.SweepOnceAsync(Ct);
        var again = await sync.SweepOnceAsync(Ct);

        var reasons = (await EntriesAsync(app.Services)).ToDictionary(e => e.Address!, e => e.Reason);
        Assert.Equal(new Dictionary<string, SuppressionReason>
        {
            ["a@example.net"] = SuppressionReason.HardBounce,
            ["b@example.net"] = SuppressionReason.Complaint,
            ["c@example.net"] = SuppressionReason.SoftBounces,
            ["d@example.net"] = SuppressionReason.Unsubscribed,
            ["e@example.net"] = SuppressionReason.PermanentFailure,
            ["01023456789"] = SuppressionReason.CarrierFailure,
        }, reasons);
        Assert.Equal((6, 0), (added, again));
    }

    private static async Task<List<SuppressionEntry>> EntriesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<SuppressionEntry>().AsNoTracking().ToListAsync(Ct);
    }

    private static async Task<long> LiftAsync(IServiceProvider services, long entryId)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SuppressionService>().LiftAsync(Actor.Staff("staff-kim"), entryId, "address checked", Ct);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value.Id;
    }

    private static async Task<SuppressionLift> LiftRowAsync(IServiceProvider services, long id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>().Set<SuppressionLift>().AsNoTracking().SingleAsync(l => l.Id == id, Ct);
    }
}
