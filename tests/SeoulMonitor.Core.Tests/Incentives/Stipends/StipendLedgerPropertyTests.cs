using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Recruitment;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>
/// The ledger invariants over random histories (seeded): evidence appears and disappears, rules change, entries are
/// approved, held, exported and paid, and after every recalculation each piece of evidence's entries sum to the rule's
/// output, every reversal balances its entry, and the ledger only grows.
/// </summary>
public sealed class StipendLedgerPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task RandomHistory_AfterEachRecalculation_InvariantsHoldAndLedgerOnlyGrows(int seed)
    {
        var random = new Random(seed);
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await host.AddLineAsync(amount: 10_000_000);
        var tasks = new[] { await host.AddTaskAsync(), await host.AddTaskAsync() };
        var participations = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            participations.Add(await host.AddParticipationAsync(tasks[i % 2], state: random.Next(2) == 0 ? ParticipationState.Completed : ParticipationState.Selected));
        }

        var community = await host.AddCommunityAsync(await host.AddPersonAsync());
        var activities = new List<Guid> { await host.AddActivityAsync(community), await host.AddActivityAsync(community, CommunityActivityState.Reported) };
        await host.SetRuleAsync(30_000, 50_000);
        var previous = new Dictionary<Guid, StipendEntry>();

        for (var step = 0; step < 8; step++)
        {
            switch (random.Next(6))
            {
                case 0:
                    await host.SetParticipationStateAsync(participations[random.Next(participations.Count)],
                        random.Next(2) == 0 ? ParticipationState.Completed : ParticipationState.Withdrawn);
                    break;
                case 1:
                    await host.SetRuleAsync(random.Next(0, 6) * 10_000, random.Next(0, 3) * 40_000);
                    break;
                case 2:
                    await host.SetRuleAsync(random.Next(1, 6) * 10_000, taskId: tasks[random.Next(2)]);
                    break;
                case 3:
                    var activity = activities[random.Next(activities.Count)];
                    await host.RunAsync<CommunityActivityService, Result<CommunityActivityView>>((s, ct) =>
                        random.Next(2) == 0 ? s.VerifyAsync(activity, StipendArrange.Staff, ct) : s.RejectAsync(activity, "증빙 불충분", StipendArrange.Staff, ct));
                    break;
                case 4:
                    var open = (await host.EntriesAsync()).Where(e => e.State == StipendEntryState.Calculated && e.Kind != StipendEntryKind.Reversal).ToList();
                    if (open.Count > 0)
                    {
                        await host.ApproveAsync(open[random.Next(open.Count)].Id);
                    }

                    break;
                default:
                    var batch = await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.ExportAsync("2026-03", StipendArrange.Staff, ct));
                    if (batch.IsSuccess && random.Next(2) == 0)
                    {
                        await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batch.Value.Id, StipendArrange.Staff, ct));
                    }

                    break;
            }

            await host.RecalculatedAsync();
            var check = await host.CheckAsync();
            Assert.True(check.Holds, $"seed {seed}, step {step}: {string.Join("; ", check.Mismatches)} {string.Join(", ", check.UnbalancedReversals)}");
            var entries = (await host.EntriesAsync()).ToDictionary(e => e.Id);
            Assert.All(previous.Values, old =>
            {
                Assert.True(entries.TryGetValue(old.Id, out var now), "an entry disappeared");
                Assert.Equal((old.DerivationKey, old.Amount, old.SourceId), (now!.DerivationKey, now.Amount, now.SourceId));
            });
            previous = entries;
        }
    }
}
