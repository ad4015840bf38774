using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Suppressions;
using SeoulMonitor.Host.Tests.Infrastructure;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Host.Tests.Suppressions;

public sealed class SuppressionFollowTests
{
    private const string Address = "kim@example.net";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FollowLifts_LiftAppliedByAnotherNode_ThisNodesGateNoLongerRefusesTheAddress()
    {
        await using var app = new SeoulMonitorApplication(settings: new Dictionary<string, string> { ["SuppressionSync:Enabled"] = "false" });
        var services = app.Services;
        var sync = services.GetRequiredService<SuppressionSync>();
        var gate = services.GetRequiredService<SuppressionList>();
        var ledger = services.GetRequiredService<IDeliveryLedger>();
        await ledger.InitializeAsync(Ct);
        await gate.AddAsync(DeliveryChannel.Email, Address, "Hard bounce 5.1.1", Ct);
        await sync.SweepOnceAsync(Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));

        // Another node lifts and applies it: its own gate and the shared ledger change, this node's gate does not.
        await using (var scope = services.CreateAsyncScope())
        {
            var entry = (await scope.ServiceProvider.GetRequiredService<SuppressionService>().ListAsync(DeliveryChannel.Email, Address, null, null, Ct)).Value.Items[0];
            var lift = await scope.ServiceProvider.GetRequiredService<SuppressionService>().LiftAsync(Actor.Staff("staff-lee"), entry.Id, "restored", Ct);
            Assert.True(await ledger.UnsuppressAsync(DeliveryChannel.Email, Address, Ct));
            Assert.True(await scope.ServiceProvider.GetRequiredService<SuppressionLiftOutbox>().CompleteAsync(lift.Value.Id, SuppressionLiftOutcome.Lifted, Ct));
        }

        var staleBefore = gate.Contains(DeliveryChannel.Email, Address);
        var followed = await sync.FollowLiftsOnceAsync(Ct);

        Assert.True(staleBefore);
        Assert.Equal(1, followed);
        Assert.False(gate.Contains(DeliveryChannel.Email, Address));
    }
}
