using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>Payout and recovery steps of the ledger tests: rules of any year, export, paid, collect, the invariant checks.</summary>
internal static class RecoveryArrange
{
    public static async Task RuleAsync(this CoreTestHost host, int year, long perParticipation, Guid? taskId = null)
    {
        var result = await host.RunAsync<StipendRuleService, Result<StipendRuleView>>((s, ct) =>
            s.SetAsync(new StipendRuleRequest(year, taskId, perParticipation, 0), StipendArrange.Staff, ct));
        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    public static Task<Result<PayoutBatchView>> ExportAsync(this CoreTestHost host, string month, Actor? actor = null) =>
        host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.ExportAsync(month, actor ?? StipendArrange.Staff, ct));

    public static async Task<PayoutBatchView> ExportedAsync(this CoreTestHost host, string month)
    {
        var batch = await host.ExportAsync(month);
        Assert.True(batch.IsSuccess, batch.Error?.Code);
        return batch.Value;
    }

    public static Task<Result<PayoutBatchView>> MarkPaidAsync(this CoreTestHost host, Guid batchId) =>
        host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batchId, StipendArrange.Staff, ct));

    public static async Task PaidAsync(this CoreTestHost host, Guid batchId)
    {
        var paid = await host.MarkPaidAsync(batchId);
        Assert.True(paid.IsSuccess, paid.Error?.Code);
    }

    public static async Task<IReadOnlyList<PayoutRow>> RowsAsync(this CoreTestHost host, Guid batchId)
    {
        var file = await host.RunAsync<PayoutService, Result<PayoutFile>>((s, ct) => s.FileAsync(batchId, StipendArrange.Staff, "활동비 지급", "이체 파일 작성", null, ct));
        Assert.True(file.IsSuccess, file.Error?.Code);
        Assert.Equal(file.Value.Rows, PayoutCsv.Read(file.Value.Content));
        return file.Value.Rows;
    }

    public static Task<Result<RecoveryView>> CollectAsync(this CoreTestHost host, Guid id, string? reference, Actor? actor = null) =>
        host.RunAsync<RecoveryService, Result<RecoveryView>>((s, ct) => s.CollectAsync(id, reference, actor ?? StipendArrange.Staff, ct));

    public static Task<List<Recovery>> RecoveriesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<Recovery>().AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(TestContext.Current.CancellationToken));

    public static Task<List<PayoutBatch>> BatchesAsync(this CoreTestHost host) =>
        host.QueryAsync(db => db.Set<PayoutBatch>().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>Both ledger checks of the year hold: entries = rules' outputs, reversals balance, Paid = Σ paid − Σ settled.</summary>
    public static async Task AssertInvariantsAsync(this CoreTestHost host, int year = StipendArrange.Year)
    {
        var ledger = await host.RunAsync<StipendQueries, Result<LedgerCheck>>((s, ct) => s.CheckAsync(year, ct));
        var recoveries = await host.RunAsync<RecoveryService, Result<RecoveryLedgerCheck>>((s, ct) => s.CheckAsync(year, ct));
        Assert.True(ledger.Value.Holds, string.Join("; ", ledger.Value.Mismatches));
        Assert.True(recoveries.Value.Holds, string.Join("; ", recoveries.Value.Lines));
        var lines = await host.QueryAsync(db => db.Set<BudgetLine>().AsNoTracking().Where(l => l.Year == year).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(lines, l => Assert.True(l.Paid >= 0 && l.Committed >= 0 && l.Committed + l.Paid <= l.Amount));
    }
}
