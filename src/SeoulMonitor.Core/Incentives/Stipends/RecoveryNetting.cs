using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Common.Lifecycle;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// How recoveries enter the ledger, inside the caller's unit of work: opened with the reversal of an exported or paid
/// entry; netted in the payee's next payout batch of the same budget year (a row never goes below zero; the rest stays
/// due); settled on the budget line (Paid down) when that batch is paid.
/// </summary>
internal static class RecoveryNetting
{
    /// <summary>Opens the recovery of <paramref name="reversal"/> (the reversal of the exported or paid <paramref name="live"/>).</summary>
    public static async Task OpenAsync(
        SeoulMonitorDbContext db, TransitionRecorder recorder, Actor actor, StipendEntry live, StipendEntry reversal, DateTimeOffset now, CancellationToken ct)
    {
        var recovery = new Recovery
        {
            Id = Guid.CreateVersion7(now),
            ReversalId = reversal.Id,
            EntryId = live.Id,
            Year = live.Year,
            MonitorId = live.MonitorId,
            CommunityId = live.MonitorId is null ? live.CommunityId : null,
            BudgetLineId = live.BudgetLineId,
            Amount = live.Amount,
            State = RecoveryState.Due,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Set<Recovery>().Add(recovery);
        await recorder.CreationAsync(actor, RecoveryLifecycle.Entity, recovery.Id, "Open", recovery.State, reversal.Reason, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Nets the payees' due recoveries of <paramref name="year"/> (whose reversed entry is paid) against their gross in
    /// the batch, oldest first; returns the deductions (one audit record per recovery touched).
    /// </summary>
    public static async Task<List<RecoveryDeduction>> NetAsync(
        SeoulMonitorDbContext db, TransitionRecorder recorder, Actor actor, PayoutBatch batch, int year, IReadOnlyList<StipendEntry> entries,
        DateTimeOffset now, CancellationToken ct)
    {
        var gross = entries.GroupBy(PayeeOf).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        var monitorIds = gross.Keys.Where(k => k.Monitor).Select(k => k.Id).ToList();
        var communityIds = gross.Keys.Where(k => !k.Monitor).Select(k => k.Id).ToList();
        var paid = db.Set<StipendEntry>().Where(e => e.State == StipendEntryState.Paid).Select(e => e.Id);
        var due = await db.Set<Recovery>()
            .Where(r => r.Year == year && r.State == RecoveryState.Due && paid.Contains(r.EntryId)
                && ((r.MonitorId != null && monitorIds.Contains(r.MonitorId.Value)) || (r.MonitorId == null && r.CommunityId != null && communityIds.Contains(r.CommunityId.Value))))
            .ToListAsync(ct).ConfigureAwait(false);
        var deductions = new List<RecoveryDeduction>();
        foreach (var recovery in due.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id))
        {
            var payee = recovery.MonitorId is { } m ? (true, m) : (false, recovery.CommunityId!.Value);
            var room = gross[payee];
            var amount = Math.Min(room, recovery.Amount - recovery.Netted - recovery.Collected);
            if (amount <= 0)
            {
                continue;
            }

            gross[payee] = room - amount;
            var deduction = new RecoveryDeduction { Id = Guid.CreateVersion7(now), RecoveryId = recovery.Id, PayoutBatchId = batch.Id, Amount = amount, CreatedAt = now };
            deductions.Add(deduction);
            db.Set<RecoveryDeduction>().Add(deduction);
            recovery.Netted += amount;
            var evt = recovery.Netted + recovery.Collected == recovery.Amount ? RecoveryEvent.Net : RecoveryEvent.Deduct;
            var to = RecoveryLifecycle.Table.Fire(recovery.State, evt).Value;
            var from = recovery.State;
            recovery.State = to;
            recovery.UpdatedAt = now;
            recovery.Version = Guid.NewGuid();
            await recorder.TransitionAsync(actor, RecoveryLifecycle.Entity, recovery.Id, evt, from, to, $"{batch.Month}: {amount}", ct).ConfigureAwait(false);
        }

        return deductions;
    }

    /// <summary>Settles the batch's deductions on their budget lines (Paid down), when the batch is paid.</summary>
    public static async Task<Result<long>> SettleAsync(SeoulMonitorDbContext db, Guid batchId, DateTimeOffset now, CancellationToken ct)
    {
        var deductions = await db.Set<RecoveryDeduction>().AsNoTracking().Where(d => d.PayoutBatchId == batchId).ToListAsync(ct).ConfigureAwait(false);
        var ids = deductions.Select(d => d.RecoveryId).ToList();
        var recoveries = await db.Set<Recovery>().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct).ConfigureAwait(false);
        foreach (var deduction in deductions.OrderBy(d => d.Id))
        {
            var recovery = recoveries[deduction.RecoveryId];
            var recovered = await BudgetLedger.RecoverAsync(db, recovery.BudgetLineId, BudgetPurpose.FieldActivity, deduction.Amount, ct).ConfigureAwait(false);
            if (!recovered.IsSuccess)
            {
                return recovered.Error;
            }

            recovery.Settled += deduction.Amount;
            recovery.UpdatedAt = now;
            recovery.Version = Guid.NewGuid();
        }

        return deductions.Sum(d => d.Amount);
    }

    /// <summary>The payee of an entry: the monitor, or (community entries) the community.</summary>
    public static (bool Monitor, Guid Id) PayeeOf(StipendEntry entry) =>
        entry.MonitorId is { } m ? (true, m) : (false, entry.CommunityId ?? Guid.Empty);
}
