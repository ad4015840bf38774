using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>
/// Imports the program's records of past monitoring tasks as <see cref="MonitoringTaskState.Closed"/>,
/// <see cref="MonitoringTask.IsHistorical"/> tasks: the embedded 2013–2014 records (63 tasks) or a city's own CSV in the
/// same format (<see cref="HistoryColumns"/>). Idempotent by <see cref="MonitoringTask.HistoricalKey"/>: a record
/// imported before is left as it is. One transaction per import (a bad line writes nothing) and one audit record
/// summarising it (none when nothing was new). Requesting departments missing from the department table are registered
/// without a contact address.
/// </summary>
public sealed class HistoricalTaskImporter
{
    /// <summary>The audit entity type of imports.</summary>
    public const string AuditEntity = "monitoring_history_import";

    private const string ResourceName = "SeoulMonitor.Core.Monitoring.History.monitoring-tasks-2013-2014.csv";
    private const long LockKey = 0x5345_4f55_4c48_4953; // "SEOULHIS"

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal HistoricalTaskImporter(SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, ILogger<HistoricalTaskImporter> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    /// <summary>Imports the embedded records of 2013 (38 tasks) and 2014 (25 tasks).</summary>
    public async Task<Result<HistoryImportResult>> ImportEmbeddedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var stream = typeof(HistoricalTaskImporter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        await using (stream.ConfigureAwait(false))
        {
            return await ImportAsync(actor, stream, "embedded 2013–2014 records", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports records from a UTF-8 CSV with the columns of <see cref="HistoryColumns"/>.</summary>
    public Task<Result<HistoryImportResult>> ImportAsync(Actor actor, Stream csv, CancellationToken cancellationToken = default) =>
        ImportAsync(actor, csv, "uploaded CSV", cancellationToken);

    private async Task<Result<HistoryImportResult>> ImportAsync(Actor actor, Stream csv, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(csv);
        var parsed = await ParseAsync(actor, csv, cancellationToken).ConfigureAwait(false);
        if (!parsed.IsSuccess)
        {
            _logger.HistoryImportRefused(source, parsed.Error.Code, parsed.Error.Field);
            return parsed.Error;
        }

        var imported = await _db.ExecuteAsync(ct => WriteAsync(actor, parsed.Value, source, ct), cancellationToken).ConfigureAwait(false);
        if (imported.IsSuccess)
        {
            var value = imported.Value;
            _logger.HistoryImported(source, value.Records, value.Imported, value.AlreadyPresent, value.DepartmentsRegistered);
        }

        return imported;
    }

    private async Task<Result<IReadOnlyList<HistoricalTaskRecord>>> ParseAsync(Actor actor, Stream csv, CancellationToken cancellationToken)
    {
        if (actor.Kind is not (ActorKind.Staff or ActorKind.System))
        {
            return HistoryErrors.Forbidden;
        }

        var text = await HistoricalTaskCsv.ReadTextAsync(csv, cancellationToken).ConfigureAwait(false);
        return text.IsSuccess ? HistoricalTaskCsv.Parse(text.Value, SeoulCalendar.Today(_time)) : text.Error;
    }

    private async Task<Result<HistoryImportResult>> WriteAsync(
        Actor actor, IReadOnlyList<HistoricalTaskRecord> records, string source, CancellationToken cancellationToken)
    {
        await _db.LockNameAsync(LockKey, cancellationToken).ConfigureAwait(false);
        var keys = records.Select(r => r.Key).ToList();
        var existing = (await _db.Set<MonitoringTask>().AsNoTracking()
            .Where(t => t.HistoricalKey != null && keys.Contains(t.HistoricalKey))
            .Select(t => t.HistoricalKey!)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var fresh = records.Where(r => !existing.Contains(r.Key)).ToList();
        var now = _time.GetUtcNow();
        var departments = await RegisterDepartmentsAsync(fresh, now, cancellationToken).ConfigureAwait(false);
        _db.Set<MonitoringTask>().AddRange(fresh.Select(r => HistoricalTasks.From(r, now)));

        var byYear = fresh.GroupBy(r => r.Year).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        var outcome = new HistoryImportResult(records.Count, fresh.Count, records.Count - fresh.Count, departments, byYear);
        if (fresh.Count > 0)
        {
            await _audit.RecordAsync(actor, AuditEntity, Guid.NewGuid().ToString("D"), "Import", null, "Imported",
                Summary(outcome, source), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<int> RegisterDepartmentsAsync(List<HistoricalTaskRecord> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = records.Select(r => r.Department).Distinct(StringComparer.Ordinal).ToList();
        var known = await _db.Set<Department>().AsNoTracking().Where(d => names.Contains(d.Name)).Select(d => d.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = names.Except(known, StringComparer.Ordinal).ToList();
        _db.Set<Department>().AddRange(missing.Select(name => new Department { Id = Guid.NewGuid(), Name = name, CreatedAt = now, UpdatedAt = now }));
        return missing.Count;
    }

    private static string Summary(HistoryImportResult outcome, string source)
    {
        var years = string.Join(", ", outcome.ImportedByYear.Select(y => string.Create(CultureInfo.InvariantCulture, $"{y.Key}: {y.Value}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Imported} historical task(s) imported ({years}); {outcome.AlreadyPresent} already present; {outcome.DepartmentsRegistered} department(s) registered; source: {source}.");
    }
}
