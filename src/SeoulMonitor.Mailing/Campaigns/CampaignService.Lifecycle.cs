using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>The campaign's events, one method each.</summary>
public sealed partial class CampaignService
{
    private const string CancelledReason = "The campaign was cancelled. (캠페인이 취소되었습니다.)";

    /// <summary>
    /// Draft → Scheduled: snapshots the audience now; the engine starts the campaign at its send time. Refused without
    /// a send time.
    /// </summary>
    public Task<MailingResult<CampaignRecord>> ScheduleAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        FireAsync(campaignId, CampaignEvent.Schedule, async (record, ct) =>
        {
            if (record.Definition.SendAt is null)
            {
                return MailingErrors.SendAtMissing();
            }

            if (_sms.CheckLaunch(record.Definition) is { } missing)
            {
                return missing;
            }

            await SnapshotAsync(record.Definition, ct).ConfigureAwait(false);
            return null;
        }, drain: false, cancellationToken);

    /// <summary>Draft | Scheduled → Running now; a draft's audience is snapshotted first. Refused after the deadline.</summary>
    public Task<MailingResult<CampaignRecord>> LaunchAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        FireAsync(campaignId, CampaignEvent.Launch, async (record, ct) =>
        {
            if (_time.GetUtcNow() >= record.Definition.SendBy)
            {
                return MailingErrors.DeadlinePassed();
            }

            if (_sms.CheckLaunch(record.Definition) is { } missing)
            {
                return missing;
            }

            if (record.State == CampaignState.Draft)
            {
                await SnapshotAsync(record.Definition, ct).ConfigureAwait(false);
            }

            return null;
        }, drain: false, cancellationToken);

    /// <summary>
    /// Running → Paused: no new message of the campaign is sent (within one message per worker); rows already claimed
    /// on this node go back to the ledger unsent before this returns.
    /// </summary>
    public Task<MailingResult<CampaignRecord>> PauseAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        FireAsync(campaignId, CampaignEvent.Pause, null, drain: true, cancellationToken);

    /// <summary>Paused → Running.</summary>
    public Task<MailingResult<CampaignRecord>> ResumeAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        FireAsync(campaignId, CampaignEvent.Resume, null, drain: false, cancellationToken);

    /// <summary>
    /// Scheduled | Running | Paused → Cancelled: the campaign is Cancelled at once; this node stops sending like a
    /// pause (its workers finish the rows they hold as cancelled), then every row no other node holds under a live lease
    /// is marked cancelled. Rows in flight on another node are recorded by that node, as sent if it sent them before it
    /// learnt of the cancel (within one poll interval), else as cancelled; a dispatcher's sweep finishes those whose
    /// lease expires first (a node that died). So every row is final within one lease duration, and a row recorded
    /// cancelled was never sent.
    /// </summary>
    public async Task<MailingResult<CampaignRecord>> CancelAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        // Once the campaign is Cancelled in the ledger the dispatcher no longer serves it, so the drain and the marking of
        // the remaining rows must run to the end even if the caller goes away: they do not take the caller's token.
        cancellationToken.ThrowIfCancellationRequested();
        var result = await FireAsync(campaignId, CampaignEvent.Cancel, null, drain: true, CancellationToken.None).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            // After the drain this process holds none of the campaign's rows: its own leases may go too.
            var finished = await _ledger.FinishCancelledAsync(campaignId, _options.NodeId, CancelledReason, _time.GetUtcNow(), CancellationToken.None)
                .ConfigureAwait(false);
            var counts = await _ledger.CountAsync(campaignId, CancellationToken.None).ConfigureAwait(false);
            _logger.CancelRowsFinished(campaignId, finished, counts.Total - counts.Final);
            _signals.Finish(campaignId, CampaignState.Cancelled);
        }

        return result;
    }

    private async Task<MailingResult<CampaignRecord>> FireAsync(
        Guid campaignId,
        CampaignEvent campaignEvent,
        Func<CampaignRecord, CancellationToken, Task<MailingError?>>? check,
        bool drain,
        CancellationToken cancellationToken)
    {
        var record = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return MailingErrors.NotFound();
        }

        if (CampaignTransitions.Fire(record.State, campaignEvent) is not { } target)
        {
            return MailingErrors.InvalidTransition(record.State, campaignEvent);
        }

        if (check is not null && await check(record, cancellationToken).ConfigureAwait(false) is { } error)
        {
            return error;
        }

        var now = _time.GetUtcNow();
        if (!await _ledger.TransitionCampaignAsync(campaignId, record.State, target, now, cancellationToken).ConfigureAwait(false))
        {
            return MailingErrors.ConcurrentChange();
        }

        _logger.CampaignTransitioned(campaignId, campaignEvent.ToString(), record.State.ToString(), target.ToString());
        await _signals.NotifyAsync(campaignId, target, drain, cancellationToken).ConfigureAwait(false);
        return await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false) ?? record with { State = target, UpdatedAt = now };
    }
}
