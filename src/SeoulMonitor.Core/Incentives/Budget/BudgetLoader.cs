using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// Loads budget lines from a budget file: the embedded 2013–2015 budget of the Citizen Monitor program (2013 settled,
/// 2014 and 2015 budgets; in thousand won) or a city's own file in the same format (<see cref="BudgetFile"/>).
/// Idempotent by (year, category, name): a line loaded before is left as it is. One transaction per load (a bad line
/// writes nothing) and one audit record summarising it (none when nothing was new). Staff only.
/// </summary>
public sealed class BudgetLoader
{
    /// <summary>The audit entity type of loads.</summary>
    public const string AuditEntity = "budget_load";

    internal const string ResourceName = "SeoulMonitor.Core.Incentives.Budget.budget-2013-2015.csv";
    internal const long LockKey = 0x5345_4f55_4c42_5544; // "SEOULBUD"

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal BudgetLoader(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, ILogger<BudgetLoader> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Loads the embedded budget of 2013 (settled), 2014 and 2015.</summary>
    public async Task<Result<BudgetLoadResult>> LoadEmbeddedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var stream = typeof(BudgetLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(actor, stream, "embedded 2013–2015 budget", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads a city's own budget file (UTF-8 CSV, amounts in thousand won).</summary>
    public Task<Result<BudgetLoadResult>> LoadAsync(Actor actor, Stream file, CancellationToken cancellationToken = default) =>
        LoadAsync(actor, file, "uploaded budget file", cancellationToken);

    private async Task<Result<BudgetLoadResult>> LoadAsync(Actor actor, Stream file, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(file);
        var parsed = await ParseAsync(actor, file, cancellationToken).ConfigureAwait(false);
        var loaded = parsed.IsSuccess
            ? await _db.ExecuteWithRetriesAsync(ct => WriteAsync(actor, parsed.Value, source, ct), BudgetLimits.TransientRetries,
                (attempt, ex) => _logger.BudgetTransientConflict(attempt, ex), cancellationToken).ConfigureAwait(false)
            : Result<BudgetLoadResult>.Failure(parsed.Error);
        if (loaded.IsSuccess)
        {
            _logger.BudgetLoaded(source, loaded.Value.Records, loaded.Value.Created, loaded.Value.AlreadyPresent, loaded.Value.YearsCreated);
        }
        else
        {
            _logger.BudgetLoadRefused(source, loaded.Error.Code, loaded.Error.Field);
        }

        return loaded;
    }

    private static async Task<Result<IReadOnlyList<BudgetFileRecord>>> ParseAsync(Actor actor, Stream file, CancellationToken cancellationToken)
    {
        if (!BudgetService.IsStaff(actor))
        {
            return BudgetErrors.Forbidden;
        }

        var text = await BudgetFile.ReadTextAsync(file, cancellationToken).ConfigureAwait(false);
        return text.IsSuccess ? BudgetFile.Parse(text.Value) : text.Error;
    }

    private async Task<Result<BudgetLoadResult>> WriteAsync(Actor actor, IReadOnlyList<BudgetFileRecord> records, string source, CancellationToken ct)
    {
        await _db.LockNameAsync(LockKey, ct).ConfigureAwait(false);
        var years = records.Select(r => r.Year).Distinct().ToList();
        var existingYears = await _db.Set<BudgetYear>().AsNoTracking().Where(y => years.Contains(y.Year)).ToListAsync(ct).ConfigureAwait(false);
        var existingLines = (await _db.Set<BudgetLine>().AsNoTracking().Where(l => years.Contains(l.Year))
            .Select(l => new { l.Year, l.Category, l.Name }).ToListAsync(ct).ConfigureAwait(false))
            .Select(l => (l.Year, l.Category, l.Name)).ToHashSet();
        var lineCounts = (await _db.Set<BudgetLine>().AsNoTracking().Where(l => years.Contains(l.Year)).GroupBy(l => l.Year)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false)).ToDictionary(x => x.Key, x => x.Count);
        var fresh = records.Where(r => !existingLines.Contains((r.Year, r.Category, r.Name))).ToList();
        foreach (var record in fresh)
        {
            if (existingYears.Any(y => y.Year == record.Year && y.IsClosed))
            {
                return BudgetFileErrors.YearClosed(record.Line, record.Column);
            }

            var count = lineCounts[record.Year] = lineCounts.GetValueOrDefault(record.Year) + 1;
            if (count > BudgetLimits.MaxLinesPerYear)
            {
                return BudgetFileErrors.TooManyLinesInYear(record.Line, record.Column);
            }
        }

        var now = _time.GetUtcNow();
        var newYears = years.Where(y => existingYears.All(e => e.Year != y)).Order().ToList();
        _db.Set<BudgetYear>().AddRange(newYears.Select(y => new BudgetYear { Year = y }));
        _db.Set<BudgetLine>().AddRange(fresh.Select(r => new BudgetLine
        {
            Id = Guid.CreateVersion7(now),
            Year = r.Year,
            Category = r.Category,
            Name = r.Name,
            Purpose = r.Purpose,
            Amount = r.Amount,
            IsSettled = r.IsSettled,
            Version = Guid.NewGuid(),
        }));
        var totals = records.GroupBy(r => r.Year).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        var outcome = new BudgetLoadResult(records.Count, fresh.Count, records.Count - fresh.Count, newYears.Count, totals);
        if (fresh.Count > 0)
        {
            await _audit.RecordAsync(actor, AuditEntity, Guid.NewGuid().ToString("D"), "Load", null, "Loaded", Summary(outcome, fresh, source), ct)
                .ConfigureAwait(false);
        }

        return outcome;
    }

    private static string Summary(BudgetLoadResult outcome, List<BudgetFileRecord> fresh, string source)
    {
        var years = string.Join(", ", fresh.GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()} line(s), {g.Sum(r => r.Amount):N0} won")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Created} budget line(s) loaded ({years}); {outcome.AlreadyPresent} already present; {outcome.YearsCreated} year(s) created; source: {source}.");
    }
}
