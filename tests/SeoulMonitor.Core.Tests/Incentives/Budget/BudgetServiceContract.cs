using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Budget.BudgetArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>Creating, amending, closing and reopening the budget, and its report, on each provider.</summary>
public abstract class BudgetServiceContract(StorageProvider provider)
{
    [Fact]
    public async Task CreateYear_NullLine_IsRefusedWithTheLineFieldWritingNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var created = await host.BudgetAsync((s, ct) => s.CreateYearAsync(
            new CreateBudgetYearRequest(2026, [new("사무관리비", "운영", BudgetPurpose.Other, 5), null!]), Staff, ct));

        Assert.Equal(("budget.line.required", "lines[1]"), (created.Error?.Code, created.Error?.Field));
        Assert.Equal(0, await host.LineCountAsync());
        Assert.Equal(0, await host.AuditCountAsync(BudgetService.YearEntity));
    }

    [Theory]
    [InlineData(1L, null)]
    [InlineData(IncentiveLimits.MaxLineAmount, null)]
    [InlineData(0L, "budget.line.amount.invalid")]
    [InlineData(-1L, "budget.line.amount.invalid")]
    [InlineData(IncentiveLimits.MaxLineAmount + 1, "budget.line.amount.invalid")]
    [InlineData(long.MinValue, "budget.line.amount.invalid")]
    [InlineData(long.MaxValue, "budget.line.amount.invalid")]
    public async Task CreateYear_LineAmountAtItsBoundaries_IsAcceptedOrRefusedWritingNothing(long amount, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var created = await host.BudgetAsync((s, ct) => s.CreateYearAsync(
            new CreateBudgetYearRequest(2026, [new("사무관리비", "운영", BudgetPurpose.Other, 5), new("사무관리비", "자문", BudgetPurpose.ExpertAdvice, amount)]), Staff, ct));

        Assert.Equal(code, created.Error?.Code);
        Assert.Equal(code is null ? 2 : 0, await host.LineCountAsync());
        Assert.Equal(code is null ? 1 : 0, await host.AuditCountAsync(BudgetService.YearEntity));
        if (code is not null)
        {
            Assert.Equal("lines[1].amount", created.Error!.Field);
            Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetYear>().CountAsync(Ct)));
        }
    }

    [Theory]
    [InlineData(IncentiveLimits.MinYear, null)]
    [InlineData(IncentiveLimits.MaxYear, null)]
    [InlineData(IncentiveLimits.MinYear - 1, "budget.year.invalid")]
    [InlineData(IncentiveLimits.MaxYear + 1, "budget.year.invalid")]
    public async Task CreateYear_YearAtItsBoundaries_IsAcceptedOrRefused(int year, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);

        var created = await host.BudgetAsync((s, ct) => s.CreateYearAsync(new CreateBudgetYearRequest(year, []), Staff, ct));

        Assert.Equal(code, created.Error?.Code);
    }

    [Fact]
    public async Task CreateYear_BadLinesOrAnExistingYear_AreRefusedWithTheirCodes()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.LineAsync(1000);

        Task<string?> Create(int year, params BudgetLineRequest[] lines) =>
            host.BudgetAsync(async (s, ct) => (await s.CreateYearAsync(new CreateBudgetYearRequest(year, lines), Staff, ct)).Error?.Code);

        Assert.Equal("budget.year.exists", await Create(2026));
        Assert.Equal("budget.line.text.invalid", await Create(2027, new BudgetLineRequest(" ", "이름", BudgetPurpose.Other, 1)));
        Assert.Equal("budget.line.text.invalid", await Create(2027, new BudgetLineRequest("가", new string('가', IncentiveLimits.NameMaxLength + 1), BudgetPurpose.Other, 1)));
        Assert.Equal("budget.line.purpose.invalid", await Create(2027, new BudgetLineRequest("가", "나", (BudgetPurpose)99, 1)));
        Assert.Equal("budget.line.duplicate", await Create(2027, new BudgetLineRequest("가", "나", BudgetPurpose.Other, 1), new BudgetLineRequest("가", "나", BudgetPurpose.Other, 2)));
        Assert.Equal("budget.lines.too_many", await Create(2027, [.. Enumerable.Range(0, BudgetLimits.MaxLinesPerYear + 1).Select(i => new BudgetLineRequest("가", $"나{i}", BudgetPurpose.Other, 1))]));
        Assert.Equal(1, await host.LineCountAsync());
    }

    [Fact]
    public async Task ChangesByAMonitorOrADepartment_AreForbiddenAndWriteNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1000);
        var audits = await host.AuditCountAsync();

        foreach (var actor in new[] { Actor.Monitor(Guid.NewGuid()), new Actor(ActorKind.Department, "시민봉사담당관"), Actor.Citizen })
        {
            Assert.Equal("budget.forbidden", (await host.BudgetAsync((s, ct) => s.CreateYearAsync(new CreateBudgetYearRequest(2027, []), actor, ct))).Error?.Code);
            Assert.Equal("budget.forbidden", (await host.BudgetAsync((s, ct) => s.AddLineAsync(2026, new("가", "나", BudgetPurpose.Other, 1), actor, ct))).Error?.Code);
            Assert.Equal("budget.forbidden", (await host.BudgetAsync((s, ct) => s.AmendLineAsync(line.Id, 5000, actor, ct))).Error?.Code);
            Assert.Equal("budget.forbidden", (await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, actor, ct))).Error?.Code);
            Assert.Equal("budget.forbidden", (await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2026, "사유", actor, ct))).Error?.Code);
        }

        Assert.Equal((1000L, 1), ((await host.StoredLineAsync(line.Id)).Amount, await host.LineCountAsync()));
        Assert.Equal(audits, await host.AuditCountAsync());
    }

    [Fact]
    public async Task AmendLine_BelowCommittedPlusPaid_IsRefusedAndAtItIsAccepted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(100_000);
        await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 30_000, ct));
        await host.LedgerAsync((db, ct) => BudgetLedger.PayAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 10_000, ct));

        var below = await host.BudgetAsync((s, ct) => s.AmendLineAsync(line.Id, 29_999, Staff, ct));
        var atUsed = await host.BudgetAsync((s, ct) => s.AmendLineAsync(line.Id, 30_000, Staff, ct));

        Assert.Equal("budget.amount.below_used", below.Error?.Code);
        Assert.Equal((30_000L, 20_000L, 10_000L, 0L), (atUsed.Value.Amount, atUsed.Value.Committed, atUsed.Value.Paid, atUsed.Value.Remaining));
        Assert.Equal(1, await host.AuditCountAsync(BudgetService.LineEntity, line.Id));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(IncentiveLimits.MaxLineAmount + 1)]
    public async Task AmendLine_AmountOutOfBounds_IsRefusedAndWritesNothing(long amount)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(100_000);

        var amended = await host.BudgetAsync((s, ct) => s.AmendLineAsync(line.Id, amount, Staff, ct));
        var missing = await host.BudgetAsync((s, ct) => s.AmendLineAsync(Guid.NewGuid(), 5, Staff, ct));

        Assert.Equal(("budget.line.amount.invalid", "budget.line_not_found"), (amended.Error?.Code, missing.Error?.Code));
        Assert.Equal(100_000, (await host.StoredLineAsync(line.Id)).Amount);
        Assert.Equal(0, await host.AuditCountAsync(BudgetService.LineEntity));
    }

    [Fact]
    public async Task CloseYear_RefusesNewCommitmentsPaymentsLinesAndAmendmentsWritingNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(100_000);
        await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 30_000, ct));

        var closed = await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, Staff, ct));
        var audits = await host.AuditCountAsync();
        var commit = await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 1, ct));
        var pay = await host.LedgerAsync((db, ct) => BudgetLedger.PayAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 30_000, ct));
        var added = await host.BudgetAsync((s, ct) => s.AddLineAsync(2026, new("가", "나", BudgetPurpose.Other, 1), Staff, ct));
        var amended = await host.BudgetAsync((s, ct) => s.AmendLineAsync(line.Id, 200_000, Staff, ct));
        var again = await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, Staff, ct));

        Assert.True(closed.Value.IsClosed);
        Assert.Equal(("Closed", "마감"), (closed.Value.StateName, closed.Value.StateNameKo));
        Assert.Equal(CoreTestHost.DefaultStart, closed.Value.ClosedAt);
        Assert.Equal(("budget.year_closed", "budget.year_closed"), (commit.Error?.Code, pay.Error?.Code));
        Assert.Equal(("budget.year_closed", "budget.year_closed", "budget.year.already_closed"), (added.Error?.Code, amended.Error?.Code, again.Error?.Code));
        var stored = await host.StoredLineAsync(line.Id);
        Assert.Equal((100_000L, 30_000L, 0L), (stored.Amount, stored.Committed, stored.Paid));
        Assert.Equal((1, audits), (await host.LineCountAsync(), await host.AuditCountAsync()));
    }

    [Fact]
    public async Task ReopenYear_NeedsAReasonAndAClosedYearThenTakesPaymentsAgain()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(100_000);

        var open = await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2026, "사유", Staff, ct));
        await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, Staff, ct));
        var noReason = await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2026, "  ", Staff, ct));
        var tooLong = await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2026, new string('가', IncentiveLimits.TextMaxLength + 1), Staff, ct));
        var missing = await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2031, "사유", Staff, ct));
        var reopened = await host.BudgetAsync((s, ct) => s.ReopenYearAsync(2026, "정산 오류 정정", Staff, ct));
        var commit = await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, line.Id, BudgetPurpose.ExpertAdvice, 1, ct));

        Assert.Equal(("budget.year.not_closed", "budget.reason.required", "budget.reason.required", "budget.year.not_found"),
            (open.Error?.Code, noReason.Error?.Code, tooLong.Error?.Code, missing.Error?.Code));
        Assert.False(reopened.Value.IsClosed);
        Assert.True(commit.IsSuccess);
        Assert.Equal(3, await host.AuditCountAsync(BudgetService.YearEntity)); // create, close, reopen
    }

    [Fact]
    public async Task Report_AfterCommitmentsAndPayments_GivesPerLinePerCategoryAndTotalAmountsAndRates()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.BudgetAsync((s, ct) => s.CreateYearAsync(new CreateBudgetYearRequest(2026,
        [
            new("사무관리비", "전문가 자문 등", BudgetPurpose.ExpertAdvice, 400_000),
            new("사무관리비", "서울시민모니터 운영", BudgetPurpose.Other, 600_000),
            new("행사실비보상금", "서울시민모니터 현장 활동비", BudgetPurpose.FieldActivity, 3_000_000),
        ]), Staff, ct));
        var advice = (await host.ReportAsync(2026)).Value.Lines.Single(l => l.Purpose == BudgetPurpose.ExpertAdvice);
        await host.LedgerAsync((db, ct) => BudgetLedger.CommitAsync(db, advice.Id, BudgetPurpose.ExpertAdvice, 300_000, ct));
        await host.LedgerAsync((db, ct) => BudgetLedger.PayAsync(db, advice.Id, BudgetPurpose.ExpertAdvice, 100_000, ct));

        var report = (await host.ReportAsync(2026)).Value;

        var line = report.Lines.Single(l => l.Id == advice.Id);
        Assert.Equal((400_000L, 200_000L, 100_000L, 100_000L, 25.00m), (line.Amount, line.Committed, line.Paid, line.Remaining, line.ExecutionRate));
        Assert.Equal(("Expert advice", "전문가 자문"), (line.PurposeName, line.PurposeNameKo));
        var office = report.Categories.Single(c => c.Category == "사무관리비").Totals;
        Assert.Equal((2, 1_000_000L, 200_000L, 100_000L, 700_000L, 10.00m), (office.Lines, office.Amount, office.Committed, office.Paid, office.Remaining, office.ExecutionRate));
        Assert.Equal((3, 4_000_000L, 100_000L, 2.50m), (report.Totals.Lines, report.Totals.Amount, report.Totals.Paid, report.Totals.ExecutionRate));
        Assert.Equal("budget.year.not_found", (await host.ReportAsync(2030)).Error?.Code);
    }

    [Fact]
    public async Task ExportCsv_LoadedYear_IsUtf8WithBomKoreanIntactAndTotalsOfTheFile()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        await host.LoadEmbeddedAsync();

        var csv = (await host.BudgetAsync((s, ct) => s.ExportReportCsvAsync(2015, ct))).Value;

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var rows = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BudgetReportCsv.Header, rows[0]);
        Assert.Contains(rows, r => r.StartsWith("2015,행사실비보상금,서울시민모니터 현장 활동비,현장 활동비,N,51100000,0,0,51100000,0.00", StringComparison.Ordinal));
        Assert.Equal("2015,합계 total,,,,278792000,0,0,278792000,0.00", rows[^1]);
        Assert.Equal(1 + 8 + 6 + 1, rows.Length); // header, lines, six categories, total
    }
}

public sealed class BudgetServiceSqliteTests() : BudgetServiceContract(StorageProvider.Sqlite);

public sealed class BudgetServicePostgresTests() : BudgetServiceContract(StorageProvider.PostgreSql);
