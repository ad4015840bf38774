using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The dispatcher's campaign bookkeeping: state cache refresh and completion (expiry: Dispatcher.Expiry.cs).</summary>
internal sealed partial class Dispatcher
{
    private async Task RefreshStatesAsync(List<CampaignRecord> running, long seenVersion, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>(running.Count);
        foreach (var campaign in running)
        {
            ids.Add(campaign.Definition.Id);
            signals.SetFromLedger(campaign.Definition.Id, CampaignState.Running, seenVersion);
        }

        foreach (var id in signals.Running().Where(id => !ids.Contains(id)).ToList())
        {
            var record = await ledger.GetCampaignAsync(id, cancellationToken).ConfigureAwait(false);
            var state = record?.State ?? CampaignState.Cancelled;
            if (state != CampaignState.Running)
            {
                logger.CampaignChangedElsewhere(id, state.ToString(), tracker.Outstanding(id));
            }

            if (CampaignTransitions.IsFinal(state))
            {
                signals.Finish(id, state);
            }
            else
            {
                signals.Set(id, state);
            }
        }

        ForgetExpiries(ids);
    }

    private async Task TryCompleteAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (tracker.Outstanding(campaignId) > 0)
        {
            return;
        }

        var counts = await ledger.CountAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (counts.Final < counts.Total)
        {
            return;
        }

        if (await ledger.TransitionCampaignAsync(campaignId, CampaignState.Running, CampaignState.Completed, now, cancellationToken).ConfigureAwait(false))
        {
            logger.CampaignTransitioned(campaignId, nameof(CampaignEvent.Complete), nameof(CampaignState.Running), nameof(CampaignState.Completed));
            signals.Finish(campaignId, CampaignState.Completed);
            return;
        }

        var record = await ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is not null && CampaignTransitions.IsFinal(record.State))
        {
            signals.Finish(campaignId, record.State);
        }
    }
}
