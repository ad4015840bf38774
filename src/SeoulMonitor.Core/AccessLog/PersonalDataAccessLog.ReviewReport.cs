using Microsoft.EntityFrameworkCore;

namespace SeoulMonitor.Core.AccessLog;

/// <summary>Builds the monthly review in one streaming pass over the month's accesses.</summary>
public sealed partial class PersonalDataAccessLog
{
    private async Task<AccessReviewReport> BuildReviewAsync(int year, int month, CancellationToken cancellationToken)
    {
        var (start, end) = PeriodOf(year, month);
        var criteria = new AccessReviewCriteria(_review.OffHoursFrom, _review.OffHoursUntil, _review.BulkRecordThreshold, _review.HighVolumeThreshold);
        var signOff = await _db.Set<AccessReviewSignOff>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Year == year && s.Month == month, cancellationToken).ConfigureAwait(false);

        var handlers = new Dictionary<(string Kind, string Id), HandlerTally>();
        List<PersonalDataAccess> downloads = [], offHours = [], bulk = [];
        var total = 0;
        long records = 0;
        var accesses = _db.Set<PersonalDataAccess>().AsNoTracking()
            .Where(a => a.At >= start && a.At < end)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .AsAsyncEnumerable();
        await foreach (var access in accesses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            total++;
            records += access.RecordCount;
            if (!handlers.TryGetValue((access.ActorKind, access.ActorId), out var tally))
            {
                tally = new HandlerTally();
                handlers.Add((access.ActorKind, access.ActorId), tally);
            }

            tally.Add(access);
            if (access.Action == AccessAction.Download)
            {
                downloads.Add(access);
            }

            if (IsOffHours(access.At, criteria))
            {
                offHours.Add(access);
            }

            if (access.RecordCount >= criteria.BulkRecordThreshold)
            {
                bulk.Add(access);
            }
        }

        var summaries = handlers
            .Select(h => h.Value.ToSummary(h.Key.Kind, h.Key.Id))
            .OrderByDescending(h => h.Accesses).ThenBy(h => h.ActorKind, StringComparer.Ordinal).ThenBy(h => h.ActorId, StringComparer.Ordinal)
            .ToList();
        return new AccessReviewReport(
            year, month, start, end, _time.GetUtcNow(),
            signOff is null ? AccessReviewStatus.Open : AccessReviewStatus.SignedOff,
            criteria, total, records, summaries, downloads, offHours, bulk,
            summaries.Where(h => h.Accesses > criteria.HighVolumeThreshold).ToList(),
            signOff);
    }

    /// <summary>Weekends, and Seoul hours at or after <c>OffHoursFrom</c> or before <c>OffHoursUntil</c>.</summary>
    internal static bool IsOffHours(DateTimeOffset instant, AccessReviewCriteria criteria)
    {
        var local = Common.SeoulCalendar.ToSeoul(instant);
        return local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            || local.Hour >= criteria.OffHoursFrom
            || local.Hour < criteria.OffHoursUntil;
    }

}
