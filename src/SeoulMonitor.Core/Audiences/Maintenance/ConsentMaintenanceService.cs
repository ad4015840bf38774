using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// The daily consent upkeep, every step idempotent and driven by <see cref="TimeProvider"/>: pending confirmations that
/// expired become Unconfirmed; policy-customer consents get their renewal date, are reminded once per cycle
/// <see cref="ConsentMaintenanceOptions.ReminderLead"/> before it and lapse at it; advertising consents get their
/// confirmation notice every two years (silence keeps them); and subscribers left with no Active or Pending consent are
/// destroyed (see <see cref="MaintenanceLimits.DestructionDeadlineDays"/>), leaving anonymous counts. Each batch is one
/// transaction; a batch that meets a concurrent change is left for the next run.
/// </summary>
public sealed partial class ConsentMaintenanceService
{
    private readonly SeoulMonitorDbContext _db;
    private readonly IAudienceNotifier _notifier;
    private readonly Subscriptions.CitizenTokens _citizenTokens;
    private readonly ConsentMaintenanceOptions _options;
    private readonly TimeProvider _time;
    private readonly AuditTrail _audit;
    private readonly ILogger<ConsentMaintenanceService> _logger;

    internal ConsentMaintenanceService(
        SeoulMonitorDbContext db, IAudienceNotifier notifier, Subscriptions.CitizenTokens citizenTokens, IOptions<ConsentMaintenanceOptions> options,
        TimeProvider time, AuditTrail audit, ILogger<ConsentMaintenanceService> logger)
    {
        _db = db;
        _notifier = notifier;
        _citizenTokens = citizenTokens;
        _options = options.Value;
        _time = time;
        _audit = audit;
        _logger = logger;
    }

    /// <summary>Runs every step once, at the clock's current instant.</summary>
    public async Task<MaintenanceRun> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var run = new RunState(actor, now, await ListsAsync(cancellationToken).ConfigureAwait(false));
        var unconfirmed = await ExpireUnconfirmedAsync(run, cancellationToken).ConfigureAwait(false);
        var scheduled = await ScheduleRenewalsAsync(run, cancellationToken).ConfigureAwait(false);
        var lapsed = await LapseAsync(run, cancellationToken).ConfigureAwait(false);
        var reminders = await QueueRemindersAsync(run, cancellationToken).ConfigureAwait(false);
        var notices = await QueueAdvertisingNoticesAsync(run, cancellationToken).ConfigureAwait(false);
        var destroyed = await DestroyAsync(run, cancellationToken).ConfigureAwait(false);
        var result = new MaintenanceRun(now, unconfirmed, scheduled, lapsed, reminders, notices, destroyed, run.Conflicts);
        await _db.ExecuteAsync<Unit>(async ct =>
        {
            var summary = $"unconfirmed={unconfirmed} scheduled={scheduled} lapsed={lapsed} reminders={reminders} notices={notices} destroyed={destroyed} conflicts={run.Conflicts}";
            await _audit.RecordAsync(actor, "consent_upkeep", Guid.CreateVersion7(now).ToString("D"), "Run", null, "Done", summary, ct).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken).ConfigureAwait(false);
        _logger.MaintenanceRan(actor.ToString(), unconfirmed, scheduled, lapsed, reminders, notices, destroyed, run.Conflicts);
        return result;
    }

    /// <summary>The destruction records, newest first (anonymous counts only).</summary>
    public async Task<IReadOnlyList<DestructionRecord>> DestructionRecordsAsync(int? take = null, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(take ?? 100, 1, MaintenanceLimits.MaxDestructionRecordsListed);
        return await _db.Set<DestructionRecord>().AsNoTracking().OrderByDescending(r => r.Id).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyDictionary<Guid, MailingList>> ListsAsync(CancellationToken cancellationToken) =>
        await _db.Set<MailingList>().AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Runs one step in keyset batches: <paramref name="candidates"/> gives the next ids after a key (outside any
    /// transaction), <paramref name="apply"/> changes them in one transaction and returns how many it changed.
    /// </summary>
    private async Task<int> BatchesAsync(
        RunState run, string step, Func<long, CancellationToken, Task<List<long>>> candidates,
        Func<List<long>, CancellationToken, Task<int>> apply, CancellationToken cancellationToken)
    {
        var total = 0;
        var after = 0L;
        while (true)
        {
            var ids = await candidates(after, cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                return total;
            }

            after = ids[^1];
            try
            {
                var done = await _db.ExecuteAsync<int>(async ct => await apply(ids, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                total += done.Value;
            }
            catch (DbUpdateConcurrencyException)
            {
                run.Conflicts++;
                _logger.MaintenanceConflict(step);
            }
        }
    }

    private static string EventActor(Actor actor) => actor.Kind == ActorKind.System ? "system" : actor.ToString();

    private void Transition(Consent consent, ConsentEventKind kind, DateTimeOffset at, string actor, string? detail)
    {
        consent.State = ConsentLifecycle.Table.Fire(consent.State, kind).Value;
        consent.Version = Guid.NewGuid();
        _db.Set<ConsentEvent>().Add(new ConsentEvent
        {
            ConsentId = consent.Id,
            SubscriberId = consent.SubscriberId,
            ListId = consent.ListId,
            Channel = consent.Channel,
            Kind = kind,
            At = at,
            Actor = actor,
            NoticeId = consent.NoticeId,
            Detail = detail,
        });
    }

    private sealed class RunState(Actor actor, DateTimeOffset now, IReadOnlyDictionary<Guid, MailingList> lists)
    {
        public Actor Actor { get; } = actor;

        public string EventActor { get; } = ConsentMaintenanceService.EventActor(actor);

        public DateTimeOffset Now { get; } = now;

        public IReadOnlyDictionary<Guid, MailingList> Lists { get; } = lists;

        public List<Guid> ListsOf(ConsentRegime regime) => [.. Lists.Values.Where(l => l.Regime == regime).Select(l => l.Id)];

        public int Conflicts { get; set; }
    }
}
