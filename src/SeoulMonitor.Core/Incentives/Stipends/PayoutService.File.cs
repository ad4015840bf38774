using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitoring.Notices;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Incentives.Stipends;

public sealed partial class PayoutService
{
    /// <summary>The outbox kind of the "your stipend was paid" notice.</summary>
    public const string PaidNoticeKind = "stipend-paid";

    /// <summary>
    /// The batch's bank-transfer file: one row per payee (a monitor; a community through its leader). The download is
    /// recorded in the personal-data access log (purpose and reason required) before the file is returned.
    /// </summary>
    public async Task<Result<PayoutFile>> FileAsync(
        Guid batchId, Actor actor, string? purpose, string? reason, string? sourceAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = new AccessRequest(Entity, batchId.ToString("D"), AccessAction.Download, purpose, reason, 0, sourceAddress);
        DomainError? invalid = actor.Kind != ActorKind.Staff ? StipendErrors.Forbidden : PersonalDataAccessLog.Validate(request);
        if (invalid is not null)
        {
            return _recorder.Outcome(Result<PayoutFile>.Failure(invalid));
        }

        var batch = await _db.Set<PayoutBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken).ConfigureAwait(false);
        if (batch is null)
        {
            return _recorder.Outcome(Result<PayoutFile>.Failure(StipendErrors.BatchNotFound));
        }

        var rows = await RowsAsync(batch, cancellationToken).ConfigureAwait(false);
        var logged = await _accessLog.RecordAsync(actor, request with { RecordCount = rows.Count }, cancellationToken).ConfigureAwait(false);
        if (!logged.IsSuccess)
        {
            return _recorder.Outcome(Result<PayoutFile>.Failure(logged.Error));
        }

        _logger.PayoutFileRead(batchId, actor.ToString(), rows.Count);
        return new PayoutFile($"stipends-{batch.Month}-{batch.Id:N}.csv", PayoutCsv.Write(rows), rows);
    }

    private async Task<IReadOnlyList<PayoutRow>> RowsAsync(PayoutBatch batch, CancellationToken ct)
    {
        var entries = await _db.Set<StipendEntry>().AsNoTracking().Where(e => e.PayoutBatchId == batch.Id).ToListAsync(ct).ConfigureAwait(false);
        var recovered = await RecoveredAsync(batch.Id, ct).ConfigureAwait(false);
        var communityIds = entries.Where(e => e.MonitorId == null && e.CommunityId != null).Select(e => e.CommunityId!.Value).Distinct().ToList();
        var communities = await _db.Set<Community>().AsNoTracking().Where(c => communityIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.LeaderId }).ToDictionaryAsync(c => c.Id, ct).ConfigureAwait(false);
        var monitorIds = entries.Where(e => e.MonitorId != null).Select(e => e.MonitorId!.Value)
            .Concat(communities.Values.Where(c => c.LeaderId != null).Select(c => c.LeaderId!.Value)).Distinct().ToList();
        var people = await _db.Set<Membership>().AsNoTracking().Where(m => monitorIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Name, m.Mobile }).ToDictionaryAsync(m => m.Id, ct).ConfigureAwait(false);

        var payees = new List<(string Name, string Mobile, long Gross, long Recovered, string Memo, Guid Key)>();
        foreach (var group in entries.GroupBy(RecoveryNetting.PayeeOf))
        {
            var gross = group.Sum(e => e.Amount);
            var minus = recovered.GetValueOrDefault(group.Key);
            var memoRecovered = minus > 0 ? string.Create(CultureInfo.InvariantCulture, $", 환수 {minus}원 상계") : string.Empty;
            if (group.Key.Monitor)
            {
                var person = people.GetValueOrDefault(group.Key.Id);
                payees.Add((person?.Name ?? string.Empty, person?.Mobile ?? string.Empty, gross, minus,
                    string.Create(CultureInfo.InvariantCulture, $"{batch.Month} 현장 활동비 {group.Count()}건{memoRecovered}"), group.Key.Id));
                continue;
            }

            var community = communities.GetValueOrDefault(group.Key.Id);
            var leader = community?.LeaderId is { } leaderId ? people.GetValueOrDefault(leaderId) : null;
            payees.Add((leader?.Name ?? community?.Name ?? string.Empty, leader?.Mobile ?? string.Empty, gross, minus,
                string.Create(CultureInfo.InvariantCulture, $"{batch.Month} 커뮤니티 활동비 {group.Count()}건 ({community?.Name}){memoRecovered}"), group.Key.Id));
        }

        return payees.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Key)
            .Select((p, i) => new PayoutRow(i + 1, p.Name, string.Empty, string.Empty, p.Mobile, p.Gross, p.Recovered, p.Gross - p.Recovered, p.Memo)).ToList();
    }

    /// <summary>The recoveries netted in the batch, per payee.</summary>
    private async Task<Dictionary<(bool Monitor, Guid Id), long>> RecoveredAsync(Guid batchId, CancellationToken ct)
    {
        var netted = await (from d in _db.Set<RecoveryDeduction>().AsNoTracking()
                            join r in _db.Set<Recovery>().AsNoTracking() on d.RecoveryId equals r.Id
                            where d.PayoutBatchId == batchId
                            select new { r.MonitorId, r.CommunityId, d.Amount }).ToListAsync(ct).ConfigureAwait(false);
        return netted.GroupBy(n => n.MonitorId is { } m ? (true, m) : (false, n.CommunityId ?? Guid.Empty)).ToDictionary(g => g.Key, g => g.Sum(n => n.Amount));
    }

    private async Task NotifyPaidAsync(PayoutBatch batch, List<StipendEntry> entries, DateTimeOffset now, CancellationToken ct)
    {
        var recovered = await RecoveredAsync(batch.Id, ct).ConfigureAwait(false);
        var totals = entries.Where(e => e.MonitorId != null).GroupBy(e => e.MonitorId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Amount) - recovered.GetValueOrDefault((true, g.Key)));
        var ids = totals.Keys.ToList();
        var emails = await _db.Set<Membership>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.Email != "")
            .Select(m => new { m.Id, m.Email }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var person in emails)
        {
            var amount = totals[person.Id].ToString("N0", CultureInfo.InvariantCulture);
            var netted = recovered.GetValueOrDefault((true, person.Id));
            var (noteKo, noteEn) = netted > 0
                ? (string.Create(CultureInfo.InvariantCulture, $" (환수 {netted:N0}원 상계 후)"), string.Create(CultureInfo.InvariantCulture, $" (after {netted:N0} won of recoveries netted)"))
                : (string.Empty, string.Empty);
            MonitoringNotices.Enqueue(_db, person.Email, "[서울시민모니터] 현장 활동비 지급 안내 / Your field-activity stipend was paid",
                $"{batch.Month} 현장 활동비 {amount}원이 지급되었습니다{noteKo}.\nYour field-activity stipend of {amount} won for {batch.Month} was paid{noteEn}.",
                PaidNoticeKind, now);
        }
    }
}
