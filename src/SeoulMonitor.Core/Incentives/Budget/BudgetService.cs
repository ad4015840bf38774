using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// The program's budget (staff change it): create a year with its lines, add lines, amend a line's amount (never below
/// what is committed and paid), close a year (the ledger then refuses new commitments and payments) and reopen it with
/// a reason. Each change is one transaction with one audit record; a refusal writes nothing. Reads: the execution
/// report per year and its CSV export.
/// </summary>
public sealed partial class BudgetService
{
    /// <summary>The audit entity type of budget years (the id is the year).</summary>
    public const string YearEntity = "budget_year";

    /// <summary>The audit entity type of budget lines.</summary>
    public const string LineEntity = "budget_line";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TransitionRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger<BudgetService> _logger;

    internal BudgetService(SeoulMonitorDbContext db, AuditTrail audit, TransitionRecorder recorder, TimeProvider time, ILogger<BudgetService> logger)
    {
        _db = db;
        _audit = audit;
        _recorder = recorder;
        _time = time;
        _logger = logger;
    }

    /// <summary>Staff create a budget year with its lines (one audit record for the year).</summary>
    public Task<Result<BudgetExecutionReport>> CreateYearAsync(CreateBudgetYearRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<BudgetExecutionReport>(actor, async ct =>
        {
            if (request.Year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
            {
                return BudgetErrors.YearInvalid;
            }

            var lines = request.Lines ?? [];
            if (lines.Count > BudgetLimits.MaxLinesPerYear)
            {
                return BudgetErrors.TooManyLines;
            }

            var checkedLines = new List<BudgetLine>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] is null)
                {
                    return BudgetErrors.LineRequired(string.Create(CultureInfo.InvariantCulture, $"lines[{i}]"));
                }

                var line = ValidateLine(lines[i], request.Year, string.Create(CultureInfo.InvariantCulture, $"lines[{i}]."));
                if (!line.IsSuccess)
                {
                    return line.Error;
                }

                if (checkedLines.Any(l => l.Category == line.Value.Category && l.Name == line.Value.Name))
                {
                    return BudgetErrors.LineDuplicate(string.Create(CultureInfo.InvariantCulture, $"lines[{i}].name"));
                }

                checkedLines.Add(line.Value);
            }

            await _db.LockNameAsync(BudgetLoader.LockKey, ct).ConfigureAwait(false);
            if (await _db.Set<BudgetYear>().AnyAsync(y => y.Year == request.Year, ct).ConfigureAwait(false))
            {
                return BudgetErrors.YearExists;
            }

            var year = new BudgetYear { Year = request.Year };
            _db.Set<BudgetYear>().Add(year);
            _db.Set<BudgetLine>().AddRange(checkedLines);
            var total = checkedLines.Sum(l => l.Amount);
            await _audit.RecordAsync(actor, YearEntity, YearId(year.Year), "Create", null, "Open",
                string.Create(CultureInfo.InvariantCulture, $"{checkedLines.Count} line(s), {total:N0} won."), ct).ConfigureAwait(false);
            _logger.BudgetYearChanged(year.Year, "created", actor.ToString());
            return Report(year, checkedLines);
        }, cancellationToken);
    }

    /// <summary>Staff add a line to an open year (one audit record for the line).</summary>
    public Task<Result<BudgetLineView>> AddLineAsync(int year, BudgetLineRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        return RunAsync<BudgetLineView>(actor, async ct =>
        {
            var line = ValidateLine(request, year, string.Empty);
            if (!line.IsSuccess)
            {
                return line.Error;
            }

            await _db.LockNameAsync(BudgetLoader.LockKey, ct).ConfigureAwait(false);
            var budgetYear = await _db.Set<BudgetYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, ct).ConfigureAwait(false);
            if (budgetYear is null)
            {
                return BudgetErrors.YearNotFound;
            }

            if (budgetYear.IsClosed)
            {
                return BudgetErrors.YearClosed;
            }

            var lines = _db.Set<BudgetLine>().Where(l => l.Year == year);
            if (await lines.AnyAsync(l => l.Category == line.Value.Category && l.Name == line.Value.Name, ct).ConfigureAwait(false))
            {
                return BudgetErrors.LineDuplicate("name");
            }

            if (await lines.CountAsync(ct).ConfigureAwait(false) >= BudgetLimits.MaxLinesPerYear)
            {
                return BudgetErrors.TooManyLines;
            }

            _db.Set<BudgetLine>().Add(line.Value);
            await _audit.RecordAsync(actor, LineEntity, line.Value.Id.ToString("D"), "Add", null, "Active",
                string.Create(CultureInfo.InvariantCulture, $"{line.Value.Category} / {line.Value.Name}: {line.Value.Amount:N0} won."), ct).ConfigureAwait(false);
            _logger.BudgetLineChanged(line.Value.Id, year, "added", actor.ToString(), line.Value.Amount);
            return BudgetLineView.From(line.Value);
        }, cancellationToken);
    }

    internal static bool IsStaff(Actor actor) => actor.Kind is ActorKind.Staff or ActorKind.System;

    private static string YearId(int year) => year.ToString(CultureInfo.InvariantCulture);

    private Result<BudgetLine> ValidateLine(BudgetLineRequest request, int year, string prefix)
    {
        if (year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
        {
            return BudgetErrors.YearInvalid;
        }

        var category = request.Category?.Trim() ?? string.Empty;
        var name = request.Name?.Trim() ?? string.Empty;
        if (category.Length is 0 or > IncentiveLimits.NameMaxLength)
        {
            return BudgetErrors.LineTextInvalid(prefix + "category");
        }

        if (name.Length is 0 or > IncentiveLimits.NameMaxLength)
        {
            return BudgetErrors.LineTextInvalid(prefix + "name");
        }

        if (!Enum.IsDefined(request.Purpose))
        {
            return BudgetErrors.PurposeInvalid(prefix + "purpose");
        }

        if (request.Amount is < 1 or > IncentiveLimits.MaxLineAmount)
        {
            return BudgetErrors.LineAmountInvalid(prefix + "amount");
        }

        return new BudgetLine
        {
            Id = Guid.CreateVersion7(_time.GetUtcNow()),
            Year = year,
            Category = category,
            Name = name,
            Purpose = request.Purpose,
            Amount = request.Amount,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>Checks the actor, then runs one unit of work with retries on transient conflicts; counts refusals.</summary>
    private async Task<Result<T>> RunAsync<T>(Actor actor, Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return _recorder.Outcome(Result<T>.Failure(BudgetErrors.Forbidden));
        }

        return _recorder.Outcome(await _db.ExecuteWithRetriesAsync(work, BudgetLimits.TransientRetries,
            (attempt, ex) => _logger.BudgetTransientConflict(attempt, ex), cancellationToken).ConfigureAwait(false));
    }
}
