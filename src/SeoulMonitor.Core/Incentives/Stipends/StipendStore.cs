using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>What the stipend services share: staff checks, year checks, the rules in force and the year's budget line.</summary>
internal static class StipendStore
{
    /// <summary>The advisory-lock key of a year's stipend writers ("STIPEND" + year).</summary>
    public static long YearLockKey(int year) => 0x5354_4950_454e_0000L + year;

    /// <summary>The advisory-lock key of payout exports.</summary>
    public const long PayoutLockKey = 0x5354_4950_5041_5900L;

    public static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    public static bool IsYearValid(int year) => year is >= IncentiveLimits.MinYear and <= IncentiveLimits.MaxYear;

    public static Task<bool> IsYearClosedAsync(SeoulMonitorDbContext db, int year, CancellationToken ct) =>
        db.Set<BudgetYear>().AnyAsync(y => y.Year == year && y.IsClosed, ct);

    /// <summary>The year's field-activity line (the first by category and name when there are several).</summary>
    public static Task<BudgetLine?> FieldActivityLineAsync(SeoulMonitorDbContext db, int year, CancellationToken ct) =>
        db.Set<BudgetLine>().AsNoTracking()
            .Where(l => l.Year == year && l.Purpose == BudgetPurpose.FieldActivity)
            .OrderBy(l => l.Category).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>Every rule of the year, oldest first (the last of each year/task is in force).</summary>
    public static async Task<List<StipendRule>> RulesAsync(SeoulMonitorDbContext db, int year, CancellationToken ct) =>
        (await db.Set<StipendRule>().AsNoTracking().Where(r => r.Year == year).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList();

    /// <summary>The rules in force: the year's default and each task's override.</summary>
    public static (StipendRule? Year, Dictionary<Guid, StipendRule> Tasks) InForce(IEnumerable<StipendRule> ordered)
    {
        StipendRule? yearRule = null;
        var tasks = new Dictionary<Guid, StipendRule>();
        foreach (var rule in ordered)
        {
            if (rule.TaskId is { } taskId)
            {
                tasks[taskId] = rule;
            }
            else
            {
                yearRule = rule;
            }
        }

        return (yearRule, tasks);
    }

    public static void Touch(StipendEntry entry, DateTimeOffset now)
    {
        entry.UpdatedAt = now;
        entry.Version = Guid.NewGuid();
    }
}
