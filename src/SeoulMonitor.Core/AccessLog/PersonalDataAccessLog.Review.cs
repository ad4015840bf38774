using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Diagnostics;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>The monthly review of the access log and its sign-off.</summary>
public sealed partial class PersonalDataAccessLog
{
    /// <summary>
    /// The review of one Seoul calendar month: totals, per-handler counts by action, every download with its reason,
    /// off-hours, bulk and high-volume accesses, and the sign-off if any. The current month can be reviewed as it stands.
    /// </summary>
    public async Task<Result<AccessReviewReport>> GetMonthlyReviewAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        if (ValidatePeriod(year, month) is { } error)
        {
            return error;
        }

        var report = await BuildReviewAsync(year, month, cancellationToken).ConfigureAwait(false);
        _logger.AccessReviewProduced(year, month, report.TotalAccesses, report.Downloads.Count, report.OffHours.Count, report.BulkAccesses.Count);
        return report;
    }

    /// <summary>
    /// Signs off one ended month's review (once per month) and writes the audit record. Refused for invalid or unfinished
    /// months, for reviewers who are not staff, for notes over <see cref="AccessLimits.ReviewNotesMaxLength"/> characters,
    /// and with <c>access_review.invalid_transition</c> when the month is already signed off.
    /// </summary>
    public async Task<Result<AccessReviewSignOff>> SignOffReviewAsync(
        int year, int month, Actor reviewer, string? notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        var refusal = ValidatePeriod(year, month)
            ?? (reviewer.Kind != ActorKind.Staff ? AccessReviewErrors.ReviewerNotStaff : null)
            ?? (trimmed?.Length > AccessLimits.ReviewNotesMaxLength ? AccessReviewErrors.NotesTooLong : null)
            ?? (_time.GetUtcNow() < PeriodOf(year, month).End ? AccessReviewErrors.MonthNotEnded : null);
        if (refusal is not null)
        {
            _metrics.Refusal(refusal.Code);
            return refusal;
        }

        Result<AccessReviewSignOff> result;
        try
        {
            result = await _db.ExecuteAsync(ct => SignOffInTransactionAsync(year, month, reviewer, trimmed, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (_db.Database.CurrentTransaction is null)
        {
            // A concurrent reviewer may have signed the same month off first (the unique index refused this one).
            if (!await _db.Set<AccessReviewSignOff>().AnyAsync(s => s.Year == year && s.Month == month, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            result = AccessReviewLifecycle.Table.InvalidTransition(AccessReviewStatus.SignedOff, AccessReviewEvent.SignOff);
        }

        if (!result.IsSuccess)
        {
            _metrics.Refusal(result.Error.Code);
            return result;
        }

        _metrics.Transition(AccessReviewLifecycle.Entity, nameof(AccessReviewEvent.SignOff));
        _logger.AccessReviewSignedOff(year, month, reviewer.ToString(), result.Value.TotalAccesses);
        return result;
    }

    private async Task<Result<AccessReviewSignOff>> SignOffInTransactionAsync(
        int year, int month, Actor reviewer, string? notes, CancellationToken cancellationToken)
    {
        var signedOff = await _db.Set<AccessReviewSignOff>()
            .AnyAsync(s => s.Year == year && s.Month == month, cancellationToken).ConfigureAwait(false);
        var from = signedOff ? AccessReviewStatus.SignedOff : AccessReviewStatus.Open;
        var to = AccessReviewLifecycle.Table.Fire(from, AccessReviewEvent.SignOff);
        if (!to.IsSuccess)
        {
            return to.Error;
        }

        var report = await BuildReviewAsync(year, month, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var signOff = new AccessReviewSignOff
        {
            Id = Guid.CreateVersion7(now),
            Year = year,
            Month = month,
            ReviewerKind = reviewer.Kind.ToString(),
            ReviewerId = reviewer.Id,
            SignedAt = now,
            Notes = notes,
            TotalAccesses = report.TotalAccesses,
            Downloads = report.Downloads.Count,
            FlaggedAccesses = report.OffHours.Concat(report.BulkAccesses).Select(a => a.Id).Distinct().Count(),
        };
        _db.Set<AccessReviewSignOff>().Add(signOff);
        await _audit.RecordAsync(
            reviewer, AccessReviewLifecycle.Entity, AccessReviewLifecycle.EntityId(year, month),
            AccessReviewEvent.SignOff, (AccessReviewStatus?)from, to.Value, notes, cancellationToken).ConfigureAwait(false);
        return signOff;
    }

    private static DomainError? ValidatePeriod(int year, int month) =>
        year is < AccessLimits.FirstReviewYear or > AccessLimits.LastReviewYear ? AccessReviewErrors.YearInvalid
        : month is < 1 or > 12 ? AccessReviewErrors.MonthInvalid
        : null;

    private static (DateTimeOffset Start, DateTimeOffset End) PeriodOf(int year, int month)
    {
        // In UTC: PostgreSQL's timestamptz parameters take offset 0 only.
        var first = new DateOnly(year, month, 1);
        return (SeoulCalendar.StartOf(first).ToUniversalTime(), SeoulCalendar.StartOf(first.AddMonths(1)).ToUniversalTime());
    }
}
