using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;

/// <summary>Budget years with an injury-insurance line and a field-activity line, created through the budget service; premium calls in fresh scopes.</summary>
internal static class PremiumArrange
{
    public const int Year = 2026;
    public static readonly Actor Staff = Actor.Staff("staff-park");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates the year with an insurance line of <paramref name="insurance"/> won and a field-activity line; returns both lines' ids.</summary>
    public static async Task<(Guid Insurance, Guid Field)> YearAsync(this CoreTestHost host, long insurance = 3_000_000, long field = 51_100_000, int year = Year)
    {
        var created = await host.RunAsync<BudgetService, Result<BudgetExecutionReport>>((s, ct) => s.CreateYearAsync(new CreateBudgetYearRequest(year,
        [
            new("기타보상금", "서울시민모니터 활동 상해비", BudgetPurpose.InjuryInsurance, insurance),
            new("행사실비보상금", "서울시민모니터 현장 활동비", BudgetPurpose.FieldActivity, field),
        ]), Staff, ct));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return (created.Value.Lines.Single(l => l.Purpose == BudgetPurpose.InjuryInsurance).Id, created.Value.Lines.Single(l => l.Purpose == BudgetPurpose.FieldActivity).Id);
    }

    /// <summary>Adds an injury-insurance line to an existing year (e.g. one made by the stipend fixtures).</summary>
    public static async Task<Guid> InsuranceLineAsync(this CoreTestHost host, long amount = 3_000_000, int year = Year)
    {
        var added = await host.RunAsync<BudgetService, Result<BudgetLineView>>((s, ct) =>
            s.AddLineAsync(year, new BudgetLineRequest("기타보상금", "서울시민모니터 활동 상해비", BudgetPurpose.InjuryInsurance, amount), Staff, ct));
        Assert.True(added.IsSuccess, added.Error?.Code);
        return added.Value.Id;
    }

    public static RecordPremiumRequest Invoice(Guid line, long amount = 2_400_000, string policy = "LA-2026-000123", string start = "2026-03-01", string end = "2027-02-28",
        string insurer = "한화손해보험") => new(line, insurer, policy, start, end, amount);

    public static Task<Result<InsurancePremiumView>> RecordAsync(this CoreTestHost host, RecordPremiumRequest request, Actor? actor = null) =>
        host.RunAsync<InsurancePremiumService, Result<InsurancePremiumView>>((s, ct) => s.RecordAsync(request, actor ?? Staff, ct));

    public static async Task<InsurancePremiumView> RecordedAsync(this CoreTestHost host, RecordPremiumRequest request)
    {
        var result = await host.RecordAsync(request);
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public static Task<Result<InsurancePremiumView>> PayPremiumAsync(this CoreTestHost host, Guid id, string? reference = "재무과 이체 2026-0301", Actor? actor = null) =>
        host.RunAsync<InsurancePremiumService, Result<InsurancePremiumView>>((s, ct) => s.PayAsync(id, reference, actor ?? Staff, ct));

    public static Task<Result<InsurancePremiumView>> CancelPremiumAsync(this CoreTestHost host, Guid id, string? reason = "보험사 청구 오류로 재발행", Actor? actor = null) =>
        host.RunAsync<InsurancePremiumService, Result<InsurancePremiumView>>((s, ct) => s.CancelAsync(id, reason, actor ?? Staff, ct));

    public static Task<BudgetLine> StoredAsync(this CoreTestHost host, Guid lineId) =>
        host.QueryAsync(db => db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.Id == lineId, Ct));

    public static Task<int> PremiumCountAsync(this CoreTestHost host) => host.QueryAsync(db => db.Set<InsurancePremium>().CountAsync(Ct));

    public static async Task<BudgetExecutionReport> ReportOfAsync(this CoreTestHost host, int year = Year)
    {
        var report = await host.RunAsync<BudgetService, Result<BudgetExecutionReport>>((s, ct) => s.GetReportAsync(year, ct));
        Assert.True(report.IsSuccess, report.Error?.Code);
        return report.Value;
    }

    public static Task<Result<BudgetYearView>> CloseYearAsync(this CoreTestHost host, int year = Year) =>
        host.RunAsync<BudgetService, Result<BudgetYearView>>((s, ct) => s.CloseYearAsync(year, Staff, ct));

    public static Task<Result<BudgetYearView>> ReopenYearAsync(this CoreTestHost host, int year = Year) =>
        host.RunAsync<BudgetService, Result<BudgetYearView>>((s, ct) => s.ReopenYearAsync(year, "결산 정정", Staff, ct));
}
