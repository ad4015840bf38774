using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>Ending runs and reading them back.</summary>
public sealed partial class SubscriberImportService
{
    private const int SampleSize = 20;

    /// <summary>One run with the first problems as a sample, or <c>import.not_found</c>.</summary>
    public async Task<Result<ImportRunView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var run = await _db.Set<ImportRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return ImportErrors.NotFound;
        }

        var problems = _db.Set<ImportProblem>().AsNoTracking().Where(p => p.ImportRunId == id);
        var stored = await problems.CountAsync(cancellationToken).ConfigureAwait(false);
        var sample = await problems.OrderBy(p => p.Id).Take(SampleSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ImportRunView.From(run, stored, [.. sample.Select(ImportProblemView.From)]);
    }

    /// <summary>Runs, newest first (without problem samples).</summary>
    public async Task<Result<IReadOnlyList<ImportRunView>>> ListAsync(int? skip, int? take, CancellationToken cancellationToken = default)
    {
        var s = skip ?? 0;
        var t = take ?? 50;
        if (s < 0 || t < 1 || t > ImportLimits.MaxPageSize)
        {
            return ImportErrors.InvalidPage;
        }

        var runs = await _db.Set<ImportRun>().AsNoTracking().OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id)
            .Skip(s).Take(t).ToListAsync(cancellationToken).ConfigureAwait(false);
        return runs.Select(r => ImportRunView.From(r, Math.Min(r.ProblemsFound, _options.MaxStoredProblems), [])).ToList();
    }

    /// <summary>Writes the stored problems of a run as CSV (<see cref="ImportReportCsv"/>), streamed in pages; <c>import.not_found</c> first.</summary>
    public async Task<Result<Unit>> WriteReportCsvAsync(Guid id, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!await _db.Set<ImportRun>().AnyAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return ImportErrors.NotFound;
        }

        await output.WriteAsync(ImportReportCsv.Encoding.GetPreamble(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(ImportReportCsv.Encoding.GetBytes(ImportReportCsv.Header), cancellationToken).ConfigureAwait(false);
        long after = 0;
        while (true)
        {
            var page = await _db.Set<ImportProblem>().AsNoTracking().Where(p => p.ImportRunId == id && p.Id > after)
                .OrderBy(p => p.Id).Take(1000).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return Unit.Value;
            }

            var text = new StringBuilder();
            page.ForEach(p => ImportReportCsv.Append(text, p));
            await output.WriteAsync(ImportReportCsv.Encoding.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
            after = page[^1].Id;
        }
    }

    private async Task<Result<ImportRunView>> FinishAsync(Actor staff, Guid id, CancellationToken cancellationToken)
    {
        var run = await _db.ExecuteAsync<ImportRun>(async ct =>
        {
            var run = await _db.Set<ImportRun>().SingleAsync(r => r.Id == id, ct).ConfigureAwait(false);
            run.State = ImportRunState.Completed;
            run.FinishedAt = _time.GetUtcNow();
            await _audit.RecordAsync(staff, Entity, id.ToString("D"), "Complete", nameof(ImportRunState.Running), nameof(ImportRunState.Completed),
                $"{run.RowsLoaded} loaded, {run.RowsRejected} rejected", ct).ConfigureAwait(false);
            return run;
        }, cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        _logger.ImportCompleted(id, run.Value.RowsLoaded, run.Value.RowsRejected, run.Value.SubscribersCreated, run.Value.ConsentsRecorded);
        return await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailAsync(Actor staff, Guid id, string reason)
    {
        _db.ChangeTracker.Clear();
        var cut = reason.Length <= AudienceLimits.ReasonMaxLength ? reason : reason[..AudienceLimits.ReasonMaxLength];
        var run = await _db.ExecuteAsync<ImportRun>(async ct =>
        {
            var run = await _db.Set<ImportRun>().SingleAsync(r => r.Id == id, ct).ConfigureAwait(false);
            run.State = ImportRunState.Failed;
            run.FinishedAt = _time.GetUtcNow();
            run.FailureReason = cut;
            await _audit.RecordAsync(staff, Entity, id.ToString("D"), "Fail", nameof(ImportRunState.Running), nameof(ImportRunState.Failed), cut, ct).ConfigureAwait(false);
            return run;
        }, CancellationToken.None).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        _logger.ImportFailed(id, run.Value.RowsLoaded, cut);
    }
}
