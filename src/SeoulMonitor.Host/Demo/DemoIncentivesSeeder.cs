using System.Globalization;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Incentives.Communities;
using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Incentives.Stipends;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Host.Diagnostics;

namespace SeoulMonitor.Host.Demo;

/// <summary>
/// Seeds the incentives loop through the domain services (every change audited, every payment drawn on its budget line
/// by the ledger): the embedded 2013–2015 budget and this year's eight lines modelled on 2015's; this year's stipend rule
/// and a task's override; a verified community activity; stipends recalculated and taken through approval, a paid
/// payout batch and an exported one, one held; the fieldwork task's insurance roster with one claim; this year's award
/// cycle in review; two advisers and one paid consultation. Runs after <see cref="DemoMonitoringSeeder"/> and uses its
/// tasks. A refused step is logged and ends the incentives demo there without failing the start.
/// </summary>
internal sealed partial class DemoIncentivesSeeder(
    BudgetLoader budgetLoader,
    BudgetService budget,
    StipendRuleService rules,
    StipendCalculator calculator,
    StipendEntryService entries,
    StipendQueries stipends,
    PayoutService payouts,
    CommunityService communities,
    CommunityActivityService activities,
    TaskQueryService tasks,
    RosterService rosters,
    InsuranceClaimService claims,
    AwardCycleService awards,
    AdviserService advisers,
    ConsultationService consultations,
    TimeProvider time,
    ILogger<DemoIncentivesSeeder> logger)
{
    private static readonly Actor Staff = Actor.Staff("demo-staff");

    /// <summary>
    /// Seeds the incentives demo for the approved demo monitors (in <see cref="DemoPeople"/> order), after the monitoring demo.
    /// A refused step is logged and ends the incentives demo there (each step is its own unit of work).
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(monitors);
        try
        {
            var year = SeoulCalendar.Today(time).Year;
            var lines = await SeedBudgetAsync(year, cancellationToken);
            var fieldwork = await TaskAsync(year, MonitoringTaskState.FieldworkOpen, cancellationToken);
            var reported = await TaskAsync(year, MonitoringTaskState.ReportedToDepartment, cancellationToken);
            await SeedCommunityActivityAsync(cancellationToken);
            var stipendCount = await SeedStipendsAsync(year, reported.Id, monitors, cancellationToken);
            var covered = await SeedInsuranceAsync(fieldwork, monitors, cancellationToken);
            var nominations = await SeedAwardsAsync(year, cancellationToken);
            await SeedAdvisersAsync(reported.Id, lines, cancellationToken);
            logger.DemoIncentivesSeeded(year, lines.Count, stipendCount, covered, nominations);
        }
        catch (DemoStepRefusedException e)
        {
            logger.DemoIncentivesIncomplete(e.Step, e.Code);
        }
    }

    /// <summary>The demo task of this year in <paramref name="state"/> (the monitoring demo made one of each).</summary>
    private async Task<TaskView> TaskAsync(int year, MonitoringTaskState state, CancellationToken cancellationToken)
    {
        var found = Require("demo task", await tasks.ListAsync(new TaskListQuery(year, state), Staff, cancellationToken));
        return found.FirstOrDefault(t => !t.IsHistorical) ?? throw new DemoStepRefusedException("demo task", "demo.task_missing");
    }

    /// <summary>A day <paramref name="daysAgo"/> days before today, but not before the first day of this Seoul year.</summary>
    private DateOnly DaysAgo(int daysAgo)
    {
        var today = SeoulCalendar.Today(time);
        var day = today.AddDays(-daysAgo);
        return day.Year == today.Year ? day : new DateOnly(today.Year, 1, 1);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private T Require<T>(string step, Result<T> result)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        logger.DemoStepRefused(step, result.Error.Code);
        throw new DemoStepRefusedException(step, result.Error.Code);
    }
}
