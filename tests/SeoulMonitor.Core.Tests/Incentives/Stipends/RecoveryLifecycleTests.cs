using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Stipends;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>The recovery lifecycle's table and names.</summary>
public sealed class RecoveryLifecycleTests
{
    [Fact]
    public void Table_SettledStates_AllowNothing()
    {
        foreach (var evt in Enum.GetValues<RecoveryEvent>())
        {
            Assert.True(RecoveryLifecycle.Table.Allows(RecoveryState.Due, evt));
            Assert.False(RecoveryLifecycle.Table.Allows(RecoveryState.Netted, evt));
            Assert.False(RecoveryLifecycle.Table.Allows(RecoveryState.Collected, evt));
        }

        Assert.Equal(RecoveryState.Due, RecoveryLifecycle.Table.Fire(RecoveryState.Due, RecoveryEvent.Deduct).Value);
    }

    [Fact]
    public void Names_EveryStateEventAndTheEntity_HaveEnglishAndKorean()
    {
        Assert.All(Enum.GetNames<RecoveryState>(), n => Assert.True(StatusNames.HasNames(typeof(RecoveryState), n)));
        Assert.All(Enum.GetNames<RecoveryEvent>(), n => Assert.True(StatusNames.HasNames(typeof(RecoveryEvent), n)));
        Assert.Equal("환수", StatusNames.KoreanEntity(RecoveryLifecycle.Entity));
        Assert.Equal("stipend_recovery.invalid_transition", RecoveryLifecycle.Table.Fire(RecoveryState.Collected, RecoveryEvent.Collect).Error?.Code);
    }
}
