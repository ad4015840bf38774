using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Regions;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// Staff imports of subscribers and their consents from a CSV file (see <see cref="ImportHeader"/> for the columns and
/// <see cref="ImportRowParser"/> for the line rules). The file is streamed; a first pass refuses a file that is too
/// large, not UTF-8, has a bad header or too many rows, before anything is written. Then lines are validated, deduplicated
/// within the file (a later line with an address already seen is reported) and loaded in batches of
/// <see cref="ImportOptions.BatchSize"/> rows, one transaction each; every bad line is reported with its line number,
/// column and a stable code, and the rest load. The run (<see cref="ImportRun"/>) is audited when it starts and ends.
/// </summary>
public sealed partial class SubscriberImportService
{
    /// <summary>The entity name used in audit records.</summary>
    public const string Entity = "import_run";

    private readonly SeoulMonitorDbContext _db;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _time;
    private readonly RegionCatalog _regions;
    private readonly SubscriberAddressRules _addresses;
    private readonly ImportOptions _options;
    private readonly ILogger<SubscriberImportService> _logger;

    internal SubscriberImportService(
        SeoulMonitorDbContext db, AuditTrail audit, TimeProvider time, RegionCatalog regions, SubscriberAddressRules addresses,
        IOptions<SeoulMonitorCoreOptions> options, ILogger<SubscriberImportService> logger)
    {
        _db = db;
        _audit = audit;
        _time = time;
        _regions = regions;
        _addresses = addresses;
        _options = options.Value.Audiences.Imports;
        _logger = logger;
    }

    /// <summary>
    /// Imports <paramref name="content"/> (read from its current position; seekable streams are read in place, others
    /// copied to a temporary file first). Refusals of the whole file: <c>import.file.*</c>, <c>import.header.*</c>.
    /// </summary>
    public async Task<Result<ImportRunView>> ImportAsync(Actor staff, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(content);
        var opened = await ImportFile.OpenAsync(content, _options, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            _logger.Refused(opened.Error.Code);
            return opened.Error;
        }

        using var file = opened.Value;
        var run = await StartAsync(staff, CleanFileName(fileName), file, cancellationToken).ConfigureAwait(false);
        try
        {
            await LoadAsync(run, file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DbUpdateException or InvalidOperationException)
        {
            await FailAsync(staff, run.Id, ex is OperationCanceledException ? "Cancelled." : ex.GetType().Name + ": " + ex.Message).ConfigureAwait(false);
            throw;
        }

        return await FinishAsync(staff, run.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImportRun> StartAsync(Actor staff, string fileName, ImportFile file, CancellationToken cancellationToken)
    {
        var run = new ImportRun
        {
            Id = Guid.NewGuid(),
            StaffId = staff.ToString(),
            FileName = fileName,
            FileBytes = file.Bytes,
            State = ImportRunState.Running,
            StartedAt = _time.GetUtcNow(),
            RowsTotal = file.Rows,
        };
        await _db.ExecuteAsync<Unit>(async ct =>
        {
            _db.Set<ImportRun>().Add(run);
            await _audit.RecordAsync(staff, Entity, run.Id.ToString("D"), "Start", null, nameof(ImportRunState.Running), $"{fileName}: {file.Rows} rows", ct).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        _logger.ImportStarted(run.Id, fileName, staff.ToString(), file.Rows);
        return run;
    }

    private async Task LoadAsync(ImportRun run, ImportFile file, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var parser = new ImportRowParser(file.Header, await TargetsAsync(cancellationToken).ConfigureAwait(false), _regions, _addresses, now);
        var seen = new Dictionary<UInt128, int>();
        var problems = new List<DomainError>();
        var batchSize = Math.Clamp(_options.BatchSize, 1, ImportLimits.MaxBatchSize);
        var stored = 0;
        while (file.Read(batchSize) is { Count: > 0 } lines)
        {
            var rows = new List<ImportRow>(lines.Count);
            var reported = new List<(int Line, DomainError Error)>();
            foreach (var line in lines)
            {
                var parsed = parser.Parse(line, problems);
                if (!parsed.IsSuccess)
                {
                    reported.AddRange(problems.Select(p => (line.Line, p)));
                    run.RowsRejected++;
                }
                else if (Duplicate(seen, parsed.Value) is { } duplicate)
                {
                    reported.Add((line.Line, duplicate));
                    run.RowsRejected++;
                }
                else
                {
                    rows.Add(parsed.Value);
                }
            }

            stored = await LoadBatchAsync(run, rows, reported, stored, now, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> LoadBatchAsync(
        ImportRun run, List<ImportRow> rows, List<(int Line, DomainError Error)> reported, int stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = new ImportBatchOutcome();
        await _db.ExecuteAsync<Unit>(async ct =>
        {
            outcome = await new ImportBatchLoader(_db, run.Id, now).LoadAsync(rows, ct).ConfigureAwait(false);
            var all = reported.Concat(outcome.Rejected).OrderBy(static p => p.Line).ToList();
            foreach (var (line, error) in all.Take(Math.Max(0, Math.Min(_options.MaxStoredProblems, ImportLimits.MaxStoredProblems) - stored)))
            {
                _db.Set<ImportProblem>().Add(Problem(run.Id, line, error));
            }

            stored += Math.Min(all.Count, Math.Max(0, Math.Min(_options.MaxStoredProblems, ImportLimits.MaxStoredProblems) - stored));
            run.RowsLoaded += outcome.RowsLoaded;
            run.RowsRejected += outcome.Rejected.Count;
            run.SubscribersCreated += outcome.SubscribersCreated;
            run.ConsentsRecorded += outcome.ConsentsRecorded;
            run.ConsentsUnchanged += outcome.ConsentsUnchanged;
            run.ProblemsFound += all.Count;
            await _db.Set<ImportRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.RowsLoaded, run.RowsLoaded).SetProperty(r => r.RowsRejected, run.RowsRejected)
                .SetProperty(r => r.SubscribersCreated, run.SubscribersCreated).SetProperty(r => r.ConsentsRecorded, run.ConsentsRecorded)
                .SetProperty(r => r.ConsentsUnchanged, run.ConsentsUnchanged).SetProperty(r => r.ProblemsFound, run.ProblemsFound), ct).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return stored;
    }

    private static DomainError? Duplicate(Dictionary<UInt128, int> seen, ImportRow row)
    {
        // 128-bit digests of the normalised addresses: bounded memory per row, collisions negligible.
        if (row.Email is not null && seen.TryGetValue(Digest("e:" + row.Email), out var emailLine))
        {
            return ImportRowErrors.Duplicate("email", emailLine);
        }

        if (row.Mobile is not null && seen.TryGetValue(Digest("m:" + row.Mobile), out var mobileLine))
        {
            return ImportRowErrors.Duplicate("mobile", mobileLine);
        }

        if (row.Email is not null)
        {
            seen[Digest("e:" + row.Email)] = row.Line;
        }

        if (row.Mobile is not null)
        {
            seen[Digest("m:" + row.Mobile)] = row.Line;
        }

        return null;
    }

    private static UInt128 Digest(string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }

    private async Task<Dictionary<string, ImportListTarget?>> TargetsAsync(CancellationToken cancellationToken)
    {
        var lists = await _db.Set<MailingList>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var notices = await _db.Set<ListConsentNotice>().AsNoTracking()
            .Select(n => new { n.ListId, n.Id, n.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = notices.GroupBy(static n => n.ListId).ToDictionary(static g => g.Key, static g => g.MaxBy(static n => n.Version)!.Id);
        return lists.ToDictionary(
            static l => l.Key.ToLowerInvariant(),
            l => latest.TryGetValue(l.Id, out var notice) ? new ImportListTarget(l, notice) : null,
            StringComparer.Ordinal);
    }

    private static ImportProblem Problem(Guid runId, int line, DomainError error) => new()
    {
        ImportRunId = runId,
        Line = line,
        Column = error.Field,
        Code = error.Code,
        Message = Cap(error.Message),
        MessageKo = Cap(error.MessageKo),
    };

    private static string Cap(string text) => text.Length <= AudienceLimits.ReasonMaxLength ? text : text[..(AudienceLimits.ReasonMaxLength - 1)] + "…";

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(name.Where(static c => !char.IsControl(c)).ToArray());
        return name.Length == 0 ? "import.csv" : name.Length <= ImportLimits.FileNameMaxLength ? name : name[..ImportLimits.FileNameMaxLength];
    }
}
