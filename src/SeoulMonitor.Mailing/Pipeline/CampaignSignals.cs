using System.Collections.Concurrent;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The in-process link between <c>CampaignService</c> and the engine: the last known state of each campaign
/// (workers check it before every send, so a pause or cancel takes effect within one message per worker), a wake-up
/// for the dispatcher, and the engine's drain (wait until this node holds no row of a campaign). Other nodes learn of
/// a change from the ledger within one poll interval.
/// </summary>
internal sealed class CampaignSignals
{
    private readonly ConcurrentDictionary<Guid, CampaignState> _states = new();
    private long _version;

    /// <summary>Wakes the dispatcher (a campaign was launched or resumed).</summary>
    public AsyncSignal Wake { get; } = new();

    /// <summary>Set by a running engine: completes when this node holds no row of the campaign any more.</summary>
    public Func<Guid, CancellationToken, Task>? Drain { get; set; }

    public bool IsRunning(Guid campaignId) => _states.TryGetValue(campaignId, out var state) && state == CampaignState.Running;

    public CampaignState? StateOf(Guid campaignId) => _states.TryGetValue(campaignId, out var state) ? state : null;

    /// <summary>Raised when this process learns that a campaign reached a final state with every row final.</summary>
    public event Action<Guid, CampaignState>? Finished;

    public void Set(Guid campaignId, CampaignState state) => _states[campaignId] = state;

    /// <summary>Goes up with every change this process makes itself (pause, resume, cancel, finish).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Sets a state read from the ledger at <paramref name="seenVersion"/>, unless this process changed the campaign
    /// since then: a stale read must never undo a pause or cancel made in between.
    /// </summary>
    public void SetFromLedger(Guid campaignId, CampaignState state, long seenVersion)
    {
        if (Version == seenVersion || !_states.ContainsKey(campaignId))
        {
            _states[campaignId] = state;
        }
    }

    /// <summary>Records a final state and tells the waiters (after a cancel, once its rows are marked cancelled).</summary>
    public void Finish(Guid campaignId, CampaignState state)
    {
        Interlocked.Increment(ref _version);
        Set(campaignId, state);
        Finished?.Invoke(campaignId, state);
    }

    /// <summary>Records a change made by this process, wakes the dispatcher and, if asked, waits for the drain.</summary>
    public async Task NotifyAsync(Guid campaignId, CampaignState state, bool drain, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _version);
        Set(campaignId, state);
        Wake.Set();
        if (drain && Drain is { } handler)
        {
            await handler(campaignId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The campaigns this process believes are running.</summary>
    public IEnumerable<Guid> Running() => _states.Where(p => p.Value == CampaignState.Running).Select(p => p.Key);
}
