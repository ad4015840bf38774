using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Incentives.Budget;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Incentives.Advisers.AdviserArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Advisers;

/// <summary>Consultations on their lifecycle, with the advisory line's money moving exactly, on each provider.</summary>
public abstract class ConsultationContract(StorageProvider provider)
{
    private const long Allowance = 200_000;

    public static TheoryData<ConsultationState, ConsultationEvent> Pairs()
    {
        var data = new TheoryData<ConsultationState, ConsultationEvent>();
        foreach (var state in Enum.GetValues<ConsultationState>())
        {
            foreach (var evt in Enum.GetValues<ConsultationEvent>())
            {
                data.Add(state, evt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Fire_EveryStateAndEvent_AllowedIsAuditedOnceWithExactMoneyRefusedWritesNothing(ConsultationState state, ConsultationEvent evt)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);
        var consultation = (await host.PlanAsync(await host.AdviserAsync(), line.Id, Allowance)).Value;
        await BringToAsync(host, consultation.Id, state);
        var before = await host.StoredLineAsync(line.Id);
        var audits = await host.AuditCountAsync(ConsultationLifecycle.Entity, consultation.Id);

        var fired = await FireAsync(host, consultation.Id, evt);

        var after = await host.StoredLineAsync(line.Id);
        var stored = (await host.ConsultationsAsync((s, ct) => s.GetAsync(consultation.Id, ct))).Value;
        if (ConsultationLifecycle.Table.Allows(state, evt))
        {
            Assert.True(fired.IsSuccess, fired.Error?.Code);
            Assert.Equal(ConsultationLifecycle.Table.Fire(state, evt).Value, stored.State);
            Assert.Equal(audits + 1, await host.AuditCountAsync(ConsultationLifecycle.Entity, consultation.Id));
            var (committed, paid) = evt switch
            {
                ConsultationEvent.Pay => (-Allowance, Allowance),
                ConsultationEvent.Cancel => (-Allowance, 0L),
                _ => (0L, 0L),
            };
            Assert.Equal((before.Committed + committed, before.Paid + paid), (after.Committed, after.Paid));
        }
        else
        {
            Assert.Equal("consultation.invalid_transition", fired.Error?.Code);
            Assert.Equal(state, stored.State);
            Assert.Equal(audits, await host.AuditCountAsync(ConsultationLifecycle.Entity, consultation.Id));
            Assert.Equal((before.Committed, before.Paid), (after.Committed, after.Paid));
        }
    }

    [Fact]
    public async Task Plan_CommitsTheAllowanceAndIsAuditedOnce()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);

        var planned = await host.PlanAsync(await host.AdviserAsync(), line.Id, Allowance);

        Assert.Equal((ConsultationState.Planned, "Planned", "예정"), (planned.Value.State, planned.Value.StateName, planned.Value.StateNameKo));
        Assert.Equal((Allowance, 0L), ((await host.StoredLineAsync(line.Id)).Committed, (await host.StoredLineAsync(line.Id)).Paid));
        Assert.Equal(1, await host.AuditCountAsync(ConsultationLifecycle.Entity, planned.Value.Id));
    }

    [Theory]
    [InlineData(1L, null)]
    [InlineData(AdviserLimits.MaxAllowance, null)]
    [InlineData(0L, "consultation.allowance.invalid")]
    [InlineData(-1L, "consultation.allowance.invalid")]
    [InlineData(AdviserLimits.MaxAllowance + 1, "consultation.allowance.invalid")]
    [InlineData(long.MaxValue, "consultation.allowance.invalid")]
    public async Task Plan_AllowanceAtItsBoundaries_IsAcceptedOrRefusedWritingNothing(long allowance, string? code)
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(10_000_000);

        var planned = await host.PlanAsync(await host.AdviserAsync(), line.Id, allowance);

        Assert.Equal(code, planned.Error?.Code);
        Assert.Equal(code is null ? allowance : 0, (await host.StoredLineAsync(line.Id)).Committed);
        Assert.Equal(code is null ? 1 : 0, await host.ConsultationCountAsync());
    }

    [Fact]
    public async Task Plan_BadInputsAndBudgetRefusals_AreRefusedWithTheirCodesAndWriteNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(300_000);
        var other = (await host.BudgetAsync((s, ct) => s.AddLineAsync(2026, new("사무관리비", "운영", BudgetPurpose.Other, 1_000_000), BudgetArrange.Staff, ct))).Value;
        var adviser = await host.AdviserAsync();
        var inactive = await host.AdviserAsync();
        await host.AdvisersAsync((s, ct) => s.DeactivateAsync(inactive, Staff, ct));
        var audits = await host.AuditCountAsync();

        Assert.Equal("budget.overdrawn", (await host.PlanAsync(adviser, line.Id, 300_001)).Error?.Code);
        Assert.Equal("budget.wrong_purpose", (await host.PlanAsync(adviser, other.Id)).Error?.Code);
        Assert.Equal("budget.line_not_found", (await host.PlanAsync(adviser, Guid.NewGuid())).Error?.Code);
        Assert.Equal("consultation.line_year_mismatch", (await host.PlanAsync(adviser, line.Id, heldOn: new DateOnly(2027, 1, 5))).Error?.Code);
        Assert.Equal("consultation.date.invalid", (await host.PlanAsync(adviser, line.Id, heldOn: new DateOnly(1999, 1, 5))).Error?.Code);
        Assert.Equal("consultation.topic.invalid", (await host.PlanAsync(adviser, line.Id, topic: " ")).Error?.Code);
        Assert.Equal("consultation.topic.invalid", (await host.PlanAsync(adviser, line.Id, topic: new string('가', AdviserLimits.TextMaxLength + 1))).Error?.Code);
        Assert.Equal("adviser.inactive", (await host.PlanAsync(inactive, line.Id)).Error?.Code);
        Assert.Equal("adviser.not_found", (await host.PlanAsync(Guid.NewGuid(), line.Id)).Error?.Code);
        Assert.Equal("consultation.task_not_found", (await host.ConsultationsAsync((s, ct) =>
            s.PlanAsync(new PlanConsultationRequest(adviser, "주제", Today, 1000, line.Id, Guid.NewGuid()), Staff, ct))).Error?.Code);
        await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, BudgetArrange.Staff, ct));
        Assert.Equal("budget.year_closed", (await host.PlanAsync(adviser, line.Id)).Error?.Code);

        Assert.Equal(0, await host.ConsultationCountAsync());
        Assert.Equal(0L, (await host.StoredLineAsync(line.Id)).Committed);
        Assert.Equal(audits + 1, await host.AuditCountAsync()); // only the year's closing
    }

    [Fact]
    public async Task Plan_OverdraftAfterEarlierPlans_RefusesOnlyWhatNoLongerFits()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(500_000);
        var adviser = await host.AdviserAsync();

        var results = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await host.PlanAsync(adviser, line.Id, Allowance)).Error?.Code);
        }

        Assert.Equal([null, null, "budget.overdrawn"], results);
        Assert.Equal(400_000, (await host.StoredLineAsync(line.Id)).Committed);
    }

    [Fact]
    public async Task Hold_BeforeItsDay_IsRefusedAndOnItsDayIsAccepted()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);
        var planned = (await host.PlanAsync(await host.AdviserAsync(), line.Id, heldOn: Today.AddDays(1))).Value;

        var early = await host.ConsultationsAsync((s, ct) => s.HoldAsync(planned.Id, Staff, ct));
        host.Time.Advance(TimeSpan.FromDays(1));
        var onTheDay = await host.ConsultationsAsync((s, ct) => s.HoldAsync(planned.Id, Staff, ct));

        Assert.Equal("consultation.not_yet_held", early.Error?.Code);
        Assert.Equal(ConsultationState.Held, onTheDay.Value.State);
    }

    [Fact]
    public async Task Pay_InAClosedYear_IsRefusedAndTheConsultationStaysHeld()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);
        var planned = (await host.PlanAsync(await host.AdviserAsync(), line.Id)).Value;
        await host.ConsultationsAsync((s, ct) => s.HoldAsync(planned.Id, Staff, ct));
        await host.BudgetAsync((s, ct) => s.CloseYearAsync(2026, BudgetArrange.Staff, ct));

        var paid = await host.ConsultationsAsync((s, ct) => s.PayAsync(planned.Id, Staff, ct));

        Assert.Equal("budget.year_closed", paid.Error?.Code);
        Assert.Equal(ConsultationState.Held, (await host.ConsultationsAsync((s, ct) => s.GetAsync(planned.Id, ct))).Value.State);
        Assert.Equal((Allowance, 0L), ((await host.StoredLineAsync(line.Id)).Committed, (await host.StoredLineAsync(line.Id)).Paid));
    }

    [Fact]
    public async Task Cancel_WithoutAReasonTooLongOrByAMonitor_IsRefusedWritingNothingAndAtTheLimitReleases()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);
        var planned = (await host.PlanAsync(await host.AdviserAsync(), line.Id)).Value;

        var noReason = await host.ConsultationsAsync((s, ct) => s.CancelAsync(planned.Id, "  ", Staff, ct));
        var monitor = await host.ConsultationsAsync((s, ct) => s.CancelAsync(planned.Id, "사유", Actor.Monitor(Guid.NewGuid()), ct));
        var missing = await host.ConsultationsAsync((s, ct) => s.CancelAsync(Guid.NewGuid(), "사유", Staff, ct));

        var tooLong = await host.ConsultationsAsync((s, ct) => s.CancelAsync(planned.Id, new string('가', AdviserLimits.ReasonMaxLength + 1), Staff, ct));

        Assert.Equal(("consultation.reason.required", "adviser.forbidden", "consultation.not_found"), (noReason.Error?.Code, monitor.Error?.Code, missing.Error?.Code));
        Assert.Equal("consultation.reason.required", tooLong.Error?.Code);
        Assert.Equal(Allowance, (await host.StoredLineAsync(line.Id)).Committed);
        Assert.Equal(1, await host.AuditCountAsync(ConsultationLifecycle.Entity, planned.Id));

        var atLimit = await host.ConsultationsAsync((s, ct) => s.CancelAsync(planned.Id, new string('가', AdviserLimits.ReasonMaxLength), Staff, ct));

        Assert.Equal(ConsultationState.Cancelled, atLimit.Value.State);
        Assert.Equal(0L, (await host.StoredLineAsync(line.Id)).Committed);
    }

    [Fact]
    public async Task List_Year_GivesItsConsultationsAndTotalsByState()
    {
        await using var host = await CoreTestHost.CreateAsync(provider);
        var line = await host.LineAsync(1_000_000);
        var adviser = await host.AdviserAsync();
        var a = (await host.PlanAsync(adviser, line.Id, 100_000)).Value;
        var b = (await host.PlanAsync(adviser, line.Id, 150_000)).Value;
        await host.PlanAsync(adviser, line.Id, 70_000);
        await host.ConsultationsAsync((s, ct) => s.HoldAsync(a.Id, Staff, ct));
        await host.ConsultationsAsync((s, ct) => s.PayAsync(a.Id, Staff, ct));
        await host.ConsultationsAsync((s, ct) => s.CancelAsync(b.Id, "자문 위원 일정 변경", Staff, ct));

        var list = (await host.ConsultationsAsync((s, ct) => s.ListAsync(2026, ct))).Value;
        var empty = (await host.ConsultationsAsync((s, ct) => s.ListAsync(2025, ct))).Value;
        var invalid = await host.ConsultationsAsync((s, ct) => s.ListAsync(1000, ct));

        Assert.Equal((3, 70_000L, 100_000L, 1), (list.Count, list.Committed, list.Paid, list.Cancelled));
        Assert.Equal(3, list.Items.Count);
        Assert.Empty(empty.Items);
        Assert.Equal("consultation.year.invalid", invalid.Error?.Code);
        var stored = await host.StoredLineAsync(line.Id);
        Assert.Equal((list.Committed, list.Paid), (stored.Committed, stored.Paid));
    }

    private static async Task BringToAsync(CoreTestHost host, Guid id, ConsultationState state)
    {
        ConsultationEvent[] path = state switch
        {
            ConsultationState.Held => [ConsultationEvent.Hold],
            ConsultationState.Paid => [ConsultationEvent.Hold, ConsultationEvent.Pay],
            ConsultationState.Cancelled => [ConsultationEvent.Cancel],
            _ => [],
        };
        foreach (var evt in path)
        {
            Assert.True((await FireAsync(host, id, evt)).IsSuccess);
        }
    }

    private static Task<Result<ConsultationView>> FireAsync(CoreTestHost host, Guid id, ConsultationEvent evt) => evt switch
    {
        ConsultationEvent.Hold => host.ConsultationsAsync((s, ct) => s.HoldAsync(id, Staff, ct)),
        ConsultationEvent.Pay => host.ConsultationsAsync((s, ct) => s.PayAsync(id, Staff, ct)),
        _ => host.ConsultationsAsync((s, ct) => s.CancelAsync(id, "일정 취소", Staff, ct)),
    };
}

public sealed class ConsultationSqliteTests() : ConsultationContract(StorageProvider.Sqlite);

public sealed class ConsultationPostgresTests() : ConsultationContract(StorageProvider.PostgreSql);
