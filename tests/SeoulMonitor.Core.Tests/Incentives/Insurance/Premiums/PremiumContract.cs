using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Insurance.Premiums;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums.PremiumArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;

/// <summary>
/// Insurance premiums on each provider: the insurer's invoice is committed on the injury-insurance line, paid or
/// cancelled through the budget ledger, each step audited once; budget refusals write nothing.
/// </summary>
public abstract class PremiumContract(StorageProvider provider)
{
    [Fact]
    public async Task RecordThenPay_Invoice_CommittedThenPaidOnTheLineAuditedTwiceAndInTheReport()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();

        var recorded = await host.RecordAsync(Invoice(line, policy: "  LA-2026-000123 ") with { Insurer = "  한화손해보험  " });
        var afterRecord = await host.StoredAsync(line);
        var reportRecorded = await host.ReportOfAsync();
        var paid = await host.PayPremiumAsync(recorded.Value.Id, "  재무과 이체 2026-0301 ");

        Assert.True(recorded.IsSuccess, recorded.Error?.Code);
        Assert.Equal((InsurancePremiumState.Recorded, "한화손해보험", "LA-2026-000123", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), Year),
            (recorded.Value.State, recorded.Value.Insurer, recorded.Value.PolicyNumber, recorded.Value.PeriodStart, recorded.Value.PeriodEnd, recorded.Value.Year));
        Assert.Equal((2_400_000L, 0L), (afterRecord.Committed, afterRecord.Paid));
        Assert.Equal(new Core.Incentives.Budget.BudgetPremiumTotals(1, 2_400_000, 0, 0, 0, 0), reportRecorded.Premiums);
        Assert.True(paid.IsSuccess, paid.Error?.Code);
        Assert.Equal((InsurancePremiumState.Paid, "재무과 이체 2026-0301", "납부 완료"), (paid.Value.State, paid.Value.PaymentReference, paid.Value.StateKo));
        var stored = await host.StoredAsync(line);
        Assert.Equal((0L, 2_400_000L), (stored.Committed, stored.Paid));
        var report = await host.ReportOfAsync();
        Assert.Equal(new Core.Incentives.Budget.BudgetPremiumTotals(0, 0, 1, 2_400_000, 0, 0), report.Premiums);
        Assert.Equal(2_400_000L, report.Lines.Single(l => l.Id == line).Paid);
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity, recorded.Value.Id));
        Assert.True((await host.RunAsync<AuditTrail, AuditVerification>((a, ct) => a.VerifyAsync(ct))).IsIntact);
    }

    [Fact]
    public async Task Cancel_Recorded_ReleasesTheCommitmentAndTheInvoiceMayBeRecordedAgain()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var premium = await host.RecordedAsync(Invoice(line));

        var duplicate = await host.RecordAsync(Invoice(line, amount: 1_000));
        var cancelled = await host.CancelPremiumAsync(premium.Id, "  보험사 청구 금액 정정  ");
        var payAfter = await host.PayPremiumAsync(premium.Id);
        var again = await host.RecordAsync(Invoice(line, amount: 2_300_000));

        Assert.Equal("insurance.premium.duplicate", duplicate.Error?.Code);
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Code);
        Assert.Equal((InsurancePremiumState.Cancelled, "보험사 청구 금액 정정"), (cancelled.Value.State, cancelled.Value.CancelReason));
        Assert.Equal("insurance_premium.invalid_transition", payAfter.Error?.Code);
        Assert.True(again.IsSuccess, again.Error?.Code);
        var stored = await host.StoredAsync(line);
        Assert.Equal((2_300_000L, 0L), (stored.Committed, stored.Paid));
        Assert.Equal(new Core.Incentives.Budget.BudgetPremiumTotals(1, 2_300_000, 0, 0, 1, 2_400_000), (await host.ReportOfAsync()).Premiums);
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity, premium.Id));
    }

    [Fact]
    public async Task CancelAndPay_AfterPayment_RefusedLineUnchanged()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var premium = await host.RecordedAsync(Invoice(line));
        Assert.True((await host.PayPremiumAsync(premium.Id)).IsSuccess);

        var cancel = await host.CancelPremiumAsync(premium.Id);
        var payAgain = await host.PayPremiumAsync(premium.Id);

        Assert.Equal(("insurance_premium.invalid_transition", "insurance_premium.invalid_transition"), (cancel.Error?.Code, payAgain.Error?.Code));
        var stored = await host.StoredAsync(line);
        Assert.Equal((0L, 2_400_000L), (stored.Committed, stored.Paid));
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity, premium.Id));
    }

    [Fact]
    public async Task Record_UpToTheLineExactly_FitsThenTheNextIsOverdrawnAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync(insurance: 3_000_000);

        var exact = await host.RecordAsync(Invoice(line, amount: 3_000_000));
        var over = await host.RecordAsync(Invoice(line, amount: PremiumLimits.MinAmount, policy: "LA-2026-000124"));

        Assert.True(exact.IsSuccess, exact.Error?.Code);
        Assert.Equal("budget.overdrawn", over.Error?.Code);
        Assert.Equal(1, await host.PremiumCountAsync());
        Assert.Equal(1, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity));
        Assert.Equal(3_000_000L, (await host.StoredAsync(line)).Committed);
    }

    [Fact]
    public async Task Record_WrongPurposeUnknownLineOrOtherYear_RefusedWithTypedCodesAndNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, field) = await host.YearAsync();

        var wrongPurpose = await host.RecordAsync(Invoice(field));
        var unknown = await host.RecordAsync(Invoice(Guid.NewGuid()));
        var otherYear = await host.RecordAsync(Invoice(line, start: "2025-12-31", end: "2026-12-30"));
        var notStaff = await host.RecordAsync(Invoice(line), Actor.Monitor(Guid.NewGuid()));

        Assert.Equal(("budget.wrong_purpose", "budget.line_not_found", "insurance.premium.period.outside_year", "insurance.forbidden"),
            (wrongPurpose.Error?.Code, unknown.Error?.Code, otherYear.Error?.Code, notStaff.Error?.Code));
        Assert.Equal(0, await host.PremiumCountAsync());
        Assert.Equal((0L, 0L), ((await host.StoredAsync(field)).Committed, (await host.StoredAsync(line)).Committed));
    }

    [Fact]
    public async Task RecordPayCancel_ClosedYear_RefusedBudgetYearClosedAndNothingMoves()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var toPay = await host.RecordedAsync(Invoice(line, amount: 1_000_000));
        var toCancel = await host.RecordedAsync(Invoice(line, amount: 500_000, policy: "LA-2026-000125"));
        Assert.True((await host.CloseYearAsync()).IsSuccess);

        var record = await host.RecordAsync(Invoice(line, amount: 100_000, policy: "LA-2026-000126"));
        var pay = await host.PayPremiumAsync(toPay.Id);
        var cancel = await host.CancelPremiumAsync(toCancel.Id);

        Assert.Equal(("budget.year_closed", "budget.year_closed", "budget.year_closed"), (record.Error?.Code, pay.Error?.Code, cancel.Error?.Code));
        Assert.Equal((1_500_000L, 0L), ((await host.StoredAsync(line)).Committed, (await host.StoredAsync(line)).Paid));
        Assert.Equal(2, await host.PremiumCountAsync());
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity));
    }

    [Fact]
    public async Task Record_AmountAtTheLimits_AcceptedInsideRefusedOutside()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync(insurance: 20_000_000);

        var tooSmall = await host.RecordAsync(Invoice(line, amount: PremiumLimits.MinAmount - 1, policy: "P-1"));
        var smallest = await host.RecordAsync(Invoice(line, amount: PremiumLimits.MinAmount, policy: "P-2"));
        var largest = await host.RecordAsync(Invoice(line, amount: PremiumLimits.MaxAmount, policy: "P-3"));
        var tooLarge = await host.RecordAsync(Invoice(line, amount: PremiumLimits.MaxAmount + 1, policy: "P-4"));
        var negative = await host.RecordAsync(Invoice(line, amount: long.MinValue, policy: "P-5"));

        Assert.Equal(("insurance.premium.amount.invalid", "insurance.premium.amount.invalid", "insurance.premium.amount.invalid"),
            (tooSmall.Error?.Code, tooLarge.Error?.Code, negative.Error?.Code));
        Assert.True(smallest.IsSuccess && largest.IsSuccess);
        Assert.Equal(PremiumLimits.MinAmount + PremiumLimits.MaxAmount, (await host.StoredAsync(line)).Committed);
    }

    [Fact]
    public async Task PayAndCancel_ReferenceAndReasonAtTheLimits_RefusedOutsideWithNothingWritten()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var premium = await host.RecordedAsync(Invoice(line));

        var codes = new[]
        {
            (await host.PayPremiumAsync(premium.Id, null)).Error?.Code,
            (await host.PayPremiumAsync(premium.Id, " x ")).Error?.Code,
            (await host.PayPremiumAsync(premium.Id, new string('9', PremiumLimits.ReferenceMaxLength + 1))).Error?.Code,
            (await host.CancelPremiumAsync(premium.Id, "")).Error?.Code,
            (await host.CancelPremiumAsync(premium.Id, new string('가', PremiumLimits.ReasonMaxLength + 1))).Error?.Code,
            (await host.PayPremiumAsync(Guid.NewGuid())).Error?.Code,
            (await host.PayPremiumAsync(premium.Id, actor: Actor.Monitor(Guid.NewGuid()))).Error?.Code,
        };
        var paid = await host.PayPremiumAsync(premium.Id, new string('9', PremiumLimits.ReferenceMaxLength));

        Assert.Equal(new[]
        {
            "insurance.premium.reference.invalid", "insurance.premium.reference.invalid", "insurance.premium.reference.invalid",
            "insurance.premium.reason.invalid", "insurance.premium.reason.invalid", "insurance.premium.not_found", "insurance.forbidden",
        }, codes);
        Assert.True(paid.IsSuccess, paid.Error?.Code);
        Assert.Equal(2, await host.AuditCountAsync(InsurancePremiumLifecycle.Entity, premium.Id));
    }

    [Fact]
    public async Task ListAndGet_ByYear_StaffOnlyOrderedByPeriodStart()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var (line, _) = await host.YearAsync();
        var later = await host.RecordedAsync(Invoice(line, amount: 100_000, policy: "B-2", start: "2026-07-01", end: "2026-12-31"));
        var earlier = await host.RecordedAsync(Invoice(line, amount: 200_000, policy: "A-1", start: "2026-01-01", end: "2026-06-30"));

        var list = await host.RunAsync<InsurancePremiumService, Result<IReadOnlyList<InsurancePremiumView>>>((s, ct) => s.ListAsync(Year, Staff, ct));
        var empty = await host.RunAsync<InsurancePremiumService, Result<IReadOnlyList<InsurancePremiumView>>>((s, ct) => s.ListAsync(Year + 1, Staff, ct));
        var badYear = await host.RunAsync<InsurancePremiumService, Result<IReadOnlyList<InsurancePremiumView>>>((s, ct) => s.ListAsync(1999, Staff, ct));
        var monitor = await host.RunAsync<InsurancePremiumService, Result<IReadOnlyList<InsurancePremiumView>>>((s, ct) => s.ListAsync(Year, Actor.Monitor(Guid.NewGuid()), ct));
        var one = await host.RunAsync<InsurancePremiumService, Result<InsurancePremiumView>>((s, ct) => s.GetAsync(later.Id, Staff, ct));
        var missing = await host.RunAsync<InsurancePremiumService, Result<InsurancePremiumView>>((s, ct) => s.GetAsync(Guid.NewGuid(), Staff, ct));

        Assert.Equal(new[] { earlier.Id, later.Id }, list.Value.Select(p => p.Id));
        Assert.Empty(empty.Value);
        Assert.Equal(("insurance.year.invalid", "insurance.forbidden", "insurance.premium.not_found"), (badYear.Error?.Code, monitor.Error?.Code, missing.Error?.Code));
        Assert.Equal(later, one.Value);
    }
}

public sealed class PremiumSqliteTests() : PremiumContract(StorageProvider.Sqlite);

public sealed class PremiumPostgresTests() : PremiumContract(StorageProvider.PostgreSql);
