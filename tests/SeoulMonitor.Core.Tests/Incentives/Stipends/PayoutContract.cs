using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Stipends;

/// <summary>Monthly payouts on each provider: export, the bank-transfer file, paid.</summary>
public abstract class PayoutContract(StorageProvider provider)
{
    private static Task<Result<PayoutBatchView>> ExportAsync(CoreTestHost host, string? month = "2026-03") =>
        host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.ExportAsync(month, StipendArrange.Staff, ct));

    private static async Task<(Guid Line, Guid[] Entries)> ApprovedAsync(CoreTestHost host, params string[] names)
    {
        var line = await host.AddLineAsync();
        var task = await host.AddTaskAsync();
        foreach (var name in names)
        {
            var person = await host.AddPersonAsync(name);
            await host.AddParticipationAsync(task, person);
        }

        await host.SetRuleAsync(30_000);
        await host.RecalculatedAsync();
        var ids = (await host.EntriesAsync()).Select(e => e.Id).ToArray();
        Assert.True((await host.ApproveAsync(ids)).IsSuccess);
        return (line, ids);
    }

    [Fact]
    public async Task FileAsync_ExportedBatch_RoundTripsKoreanNamesAndIsAccessLogged()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ApprovedAsync(host, "김민지", "이서준, \"주니어\"", "=박하늘");
        var batch = await ExportAsync(host);

        var file = await host.RunAsync<PayoutService, Result<PayoutFile>>((s, ct) => s.FileAsync(batch.Value.Id, StipendArrange.Staff, "활동비 지급", "3월 지급 이체 파일 작성", null, ct));

        Assert.True(file.IsSuccess, file.Error?.Code);
        Assert.Equal((3, 90_000L), (batch.Value.EntryCount, batch.Value.Total));
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Value.Content[..3]);
        Assert.StartsWith("순번,성명,은행,계좌번호,연락처,지급총액,환수액,금액,적요", Encoding.UTF8.GetString(file.Value.Content[3..]), StringComparison.Ordinal);
        var rows = PayoutCsv.Read(file.Value.Content);
        Assert.Equal(file.Value.Rows, rows);
        Assert.Equal(["=박하늘", "김민지", "이서준, \"주니어\""], rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal((string.Empty, string.Empty, "01012345678", 30_000L, 0L, 30_000L), (r.Bank, r.AccountNumber, r.Mobile, r.Gross, r.Recovered, r.Amount)));
        Assert.Contains("'=박하늘", Encoding.UTF8.GetString(file.Value.Content), StringComparison.Ordinal);
        var logged = await host.QueryAsync(db => db.Set<PersonalDataAccess>().Where(a => a.SubjectType == PayoutService.Entity).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((AccessAction.Download, 3), (Assert.Single(logged).Action, logged[0].RecordCount));
        Assert.All(await host.EntriesAsync(), e => Assert.Equal((StipendEntryState.Exported, batch.Value.Id), (e.State, e.PayoutBatchId!.Value)));
    }

    [Fact]
    public async Task FileAsync_NoReasonOrNotStaff_RefusedAndNothingLogged()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (_, entries) = await ApprovedAsync(host, "김민지");
        var batch = await ExportAsync(host);

        var noReason = await host.RunAsync<PayoutService, Result<PayoutFile>>((s, ct) => s.FileAsync(batch.Value.Id, StipendArrange.Staff, "활동비 지급", null, null, ct));
        var monitor = await host.RunAsync<PayoutService, Result<PayoutFile>>((s, ct) => s.FileAsync(batch.Value.Id, Actor.Monitor(Guid.NewGuid()), "p", "reason long", null, ct));

        Assert.Equal("access.download_reason_required", noReason.Error?.Code);
        Assert.Equal("stipend.forbidden", monitor.Error?.Code);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<PersonalDataAccess>().CountAsync(TestContext.Current.CancellationToken)));
        Assert.Single(entries);
    }

    [Fact]
    public async Task MarkPaid_ExportedBatch_MovesCommittedToPaidAndTellsMonitors_SecondTimeRefused()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await ApprovedAsync(host, "김민지", "이서준");
        Assert.Equal((60_000L, 0L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        var batch = await ExportAsync(host);

        var paid = await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batch.Value.Id, StipendArrange.Staff, ct));
        var again = await host.RunAsync<PayoutService, Result<PayoutBatchView>>((s, ct) => s.MarkPaidAsync(batch.Value.Id, StipendArrange.Staff, ct));

        Assert.Equal(PayoutBatchState.Paid, paid.Value.State);
        Assert.Equal("stipend.payout_already_paid", again.Error?.Code);
        Assert.Equal((0L, 60_000L), ((await host.LineAsync(line)).Committed, (await host.LineAsync(line)).Paid));
        Assert.All(await host.EntriesAsync(), e => Assert.Equal(StipendEntryState.Paid, e.State));
        Assert.Equal(2, await host.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == PayoutService.PaidNoticeKind, TestContext.Current.CancellationToken)));
        Assert.Equal(2, await host.AuditCountAsync(PayoutService.Entity));
        Assert.Equal("stipend.payout_empty", (await ExportAsync(host)).Error?.Code);
    }

    [Theory]
    [InlineData("2026-3")]
    [InlineData("2026-13")]
    [InlineData("26-03")]
    [InlineData("1999-01")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Export_BadMonth_RefusedNothingWritten(string? month)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await ApprovedAsync(host, "김민지");

        var result = await ExportAsync(host, month);

        Assert.Equal("stipend.month.invalid", result.Error?.Code);
        Assert.All(await host.EntriesAsync(), e => Assert.Equal(StipendEntryState.Approved, e.State));
    }
}

public sealed class PayoutSqliteTests() : PayoutContract(StorageProvider.Sqlite);

public sealed class PayoutPostgresTests() : PayoutContract(StorageProvider.PostgreSql);
