using Microsoft.Extensions.Logging;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The one claiming loop: starts scheduled campaigns that are due, finishes cancelled campaigns' rows whose lease
/// expired (the sweep), then, urgent campaigns first, claims leased batches into the lanes (never more than fits, so it
/// never blocks), expires campaigns past their deadline and completes those whose rows are all final. One pass is <see cref="DispatchOnceAsync"/>, callable without timers.
/// </summary>
internal sealed partial class Dispatcher(
    IDeliveryLedger ledger,
    DeliveryLanes lanes,
    CampaignSignals signals,
    InFlightTracker tracker,
    MailingMetrics metrics,
    PipelineOptions options,
    EngineLifetime lifetime,
    TimeProvider time,
    ILogger logger)
{
    private static readonly CampaignState[] Listed = [CampaignState.Running, CampaignState.Scheduled];

    public async Task RunAsync()
    {
        var token = lifetime.Stopping;
        while (!token.IsCancellationRequested)
        {
            int claimed;
            try
            {
                // Ledger calls are not cut off by a graceful stop (a claim cut in half would strand leased rows);
                // the loop checks the stop between passes.
                claimed = await DispatchOnceAsync(lifetime.Abandoned).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.IsAbandoned)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.DispatcherFailed(exception, options.PollInterval);
                claimed = 0;
            }

            if (claimed == 0)
            {
                try
                {
                    await signals.Wake.WaitAsync(options.PollInterval, time, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass; returns how many rows were claimed.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var seen = signals.Version;
        var campaigns = await ledger.ListCampaignsAsync(Listed, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var running = new List<CampaignRecord>(campaigns.Count);
        foreach (var campaign in campaigns)
        {
            if (campaign.State == CampaignState.Running)
            {
                running.Add(campaign);
            }
            else if (campaign.Definition.SendAt is { } sendAt && sendAt <= now
                && await ledger.TransitionCampaignAsync(campaign.Definition.Id, CampaignState.Scheduled, CampaignState.Running, now, cancellationToken).ConfigureAwait(false))
            {
                logger.CampaignTransitioned(campaign.Definition.Id, nameof(CampaignEvent.Start), nameof(CampaignState.Scheduled), nameof(CampaignState.Running));
                running.Add(campaign with { State = CampaignState.Running });
            }
        }

        await RefreshStatesAsync(running, seen, cancellationToken).ConfigureAwait(false);
        await SweepCancelledAsync(now, cancellationToken).ConfigureAwait(false);
        var claimed = 0;
        foreach (var campaign in running.OrderBy(c => c.Definition.Priority))
        {
            claimed += await DispatchAsync(campaign, now, cancellationToken).ConfigureAwait(false);
        }

        return claimed;
    }

    private async Task<int> DispatchAsync(CampaignRecord campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var definition = campaign.Definition;
        if (now >= definition.SendBy)
        {
            await ExpireAsync(definition.Id, now, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (!signals.IsRunning(definition.Id))
        {
            // Paused or cancelled by this process after the campaign list was read.
            return 0;
        }

        var urgent = definition.Priority == CampaignPriority.Urgent;
        var free = lanes.Free(urgent);
        if (free < Math.Min(lanes.ClaimThreshold, options.ClaimBatchSize))
        {
            // Too little room for a worthwhile claim; workers wake the dispatcher when there is.
            return 0;
        }

        var max = Math.Min(options.ClaimBatchSize, free);
        // Rows under this node's own lease are stale (left by a crashed or stopped run) exactly when this process holds
        // none of the campaign's rows: only then may the claim take them over, or it could hand out a row twice.
        var takeOver = tracker.Outstanding(definition.Id) == 0;
        var leaseUntil = now + options.LeaseDuration;
        IReadOnlyList<LeasedDelivery> rows = [];
        // A pause or cancel on this node clears the running flag, then drains what the tracker holds. The claim holds
        // one reservation in the tracker from before its last look at the flag until its rows are counted, so the drain
        // either waits for the claimed rows to go back, or the flag was cleared first and the look below sees it.
        tracker.Add(definition.Id, 1);
        try
        {
            if (signals.IsRunning(definition.Id))
            {
                using var activity = MailingTelemetry.ActivitySource.StartActivity("mailing.ledger.claim");
                activity?.SetTag("mailing.campaign.id", definition.Id);
                rows = await ledger.ClaimAsync(definition.Id, max, options.NodeId, now, leaseUntil, takeOver, cancellationToken).ConfigureAwait(false);
                activity?.SetTag("mailing.claimed", rows.Count);
                tracker.Add(definition.Id, rows.Count);
            }
        }
        finally
        {
            tracker.Done(definition.Id, 1);
        }

        if (rows.Count == 0)
        {
            if (signals.IsRunning(definition.Id))
            {
                await TryCompleteAsync(definition.Id, now, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }

        metrics.AddQueued(rows.Count);
        foreach (var row in rows)
        {
            if (!lanes.TryWrite(new WorkItem(row, definition, leaseUntil), urgent))
            {
                // Only after an abandon (lanes completed under the dispatcher): the rows stay leased, as after a crash.
                return rows.Count;
            }
        }

        logger.Claimed(rows.Count, definition.Id, definition.Priority.ToString());
        return rows.Count;
    }
}
