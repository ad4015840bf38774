using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>The embedded budget file read independently of the loader, and budget helpers.</summary>
internal static class BudgetArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-budget");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The embedded file's lines split naively (its cells hold no commas or quotes).</summary>
    public static IReadOnlyList<string[]> EmbeddedLines()
    {
        using var stream = typeof(BudgetLoader).Assembly.GetManifestResourceStream("SeoulMonitor.Core.Incentives.Budget.budget-2013-2015.csv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(',')).ToList();
    }

    /// <summary>The file's total of a year in won (its amounts are thousand won), computed from the file.</summary>
    public static long FileTotal(int year)
    {
        var lines = EmbeddedLines();
        var column = Array.FindIndex(lines[0], h => h.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return lines.Skip(1).Sum(c => long.Parse(c[column], CultureInfo.InvariantCulture)) * 1000;
    }

    /// <summary>The file's non-zero lines of a year.</summary>
    public static int FileLines(int year)
    {
        var lines = EmbeddedLines();
        var column = Array.FindIndex(lines[0], h => h.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return lines.Skip(1).Count(c => c[column] != "0");
    }

    public static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    public static Task<Result<BudgetLoadResult>> LoadEmbeddedAsync(this CoreTestHost host, Actor? actor = null) =>
        host.RunAsync<BudgetLoader, Result<BudgetLoadResult>>((s, ct) => s.LoadEmbeddedAsync(actor ?? Staff, ct));

    public static Task<Result<BudgetLoadResult>> LoadCsvAsync(this CoreTestHost host, params string[] lines) =>
        host.RunAsync<BudgetLoader, Result<BudgetLoadResult>>((s, ct) => s.LoadAsync(Staff, Csv(lines), ct));

    public static Task<Result<BudgetExecutionReport>> ReportAsync(this CoreTestHost host, int year) =>
        host.RunAsync<BudgetService, Result<BudgetExecutionReport>>((s, ct) => s.GetReportAsync(year, ct));

    public static Task<T> BudgetAsync<T>(this CoreTestHost host, Func<BudgetService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    /// <summary>Creates a year with one line and returns the line.</summary>
    public static async Task<BudgetLineView> LineAsync(this CoreTestHost host, long amount, BudgetPurpose purpose = BudgetPurpose.ExpertAdvice, int year = 2026)
    {
        var created = await host.BudgetAsync((s, ct) => s.CreateYearAsync(new CreateBudgetYearRequest(year, [new("사무관리비", "전문가 자문 등", purpose, amount)]), Staff, ct));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value.Lines[0];
    }

    /// <summary>A line as stored.</summary>
    public static Task<BudgetLine> StoredLineAsync(this CoreTestHost host, Guid id) =>
        host.QueryAsync(db => db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.Id == id, Ct));

    public static Task<int> LineCountAsync(this CoreTestHost host) => host.QueryAsync(db => db.Set<BudgetLine>().CountAsync(Ct));

    /// <summary>Runs one ledger operation in its own unit of work (its own scope and transaction), with retries.</summary>
    public static async Task<Result<BudgetLine>> LedgerAsync(
        this CoreTestHost host, Func<SeoulMonitorDbContext, CancellationToken, Task<Result<BudgetLine>>> operation)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        return await db.ExecuteWithRetriesAsync(ct => operation(db, ct), 20, static (_, _) => { }, Ct);
    }
}
