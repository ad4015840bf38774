using FsCheck;
using FsCheck.Fluent;
using SeoulMonitor.Core.Persistence;
using static SeoulMonitor.Core.Tests.Audiences.SubscriptionKit;

namespace SeoulMonitor.Core.Tests.Audiences.Properties;

/// <summary>
/// Issue 4's property: across random histories of subscribe, confirm, withdraw, lapse (the clock passing the renewal
/// date, with or without the daily upkeep) and suppress, no resolved audience and no send-time check ever admits a
/// person without valid consent at that moment. Each case plays its steps through the real services on a fresh
/// database of the provider; a failure names the steps that led to it (and FsCheck shrinks them).
/// </summary>
public abstract class ConsentHistoryProperties(StorageProvider provider)
{
    [FsCheck.Xunit.Property(MaxTest = 25, EndSize = 30)]
    public Property History_AnyStepsOfSubscribeConfirmWithdrawLapseSuppress_NothingAdmitsWithoutValidConsent() =>
        Prop.ForAll(Steps(), steps => PlayAsync(provider, steps).GetAwaiter().GetResult());

    private static Arbitrary<ConsentStep[]> Steps() =>
        (from kind in Gen.Choose(0, 7)
         from person in Gen.Choose(0, 2)
         from list in Gen.Choose(0, 1)
         from step in Gen.Choose(0, 3)
         select new ConsentStep((byte)kind, (byte)person, (byte)list, (byte)step))
        .ArrayOf().ToArbitrary();

    private static async Task<bool> PlayAsync(StorageProvider provider, ConsentStep[] steps)
    {
        await using var host = await SeededAsync(provider);
        await new ConsentHistoryRun(host).PlayAsync(steps);
        return true;
    }
}

public sealed class ConsentHistorySqliteProperties() : ConsentHistoryProperties(StorageProvider.Sqlite);

public sealed class ConsentHistoryPostgresProperties() : ConsentHistoryProperties(StorageProvider.PostgreSql);
