using System.Runtime.CompilerServices;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>Progress and delivery records.</summary>
public sealed partial class CampaignService
{
    /// <summary>Counts per state, the current rate (a moving average) and the estimated time left.</summary>
    public async Task<MailingResult<CampaignProgress>> GetProgressAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        var record = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return MailingErrors.NotFound();
        }

        var counts = await _ledger.CountAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var rate = _progress.Observe(campaignId, counts.Final, now);
        return new CampaignProgress(campaignId, record.State, counts, rate, ProgressTracker.Eta(counts.Total - counts.Final, rate), now);
    }

    /// <summary>
    /// Progress every <see cref="Pipeline.PipelineOptions.ProgressInterval"/> until the campaign is completed or
    /// cancelled (the last report is the final one), for a host's Server-Sent Events stream. Ends at once for an unknown
    /// campaign.
    /// </summary>
    public async IAsyncEnumerable<CampaignProgress> WatchProgressAsync(
        Guid campaignId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var progress = await GetProgressAsync(campaignId, cancellationToken).ConfigureAwait(false);
            if (!progress.IsSuccess)
            {
                yield break;
            }

            yield return progress.Value;
            if (CampaignTransitions.IsFinal(progress.Value.State))
            {
                yield break;
            }

            await Task.Delay(_options.ProgressInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One recipient's delivery record: what happened and, if not sent, why.</summary>
    public async Task<MailingResult<DeliveryRecord>> GetDeliveryAsync(Guid campaignId, string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipientId);
        return await _ledger.GetDeliveryAsync(campaignId, recipientId, cancellationToken).ConfigureAwait(false) is { } record
            ? record
            : MailingErrors.DeliveryNotFound();
    }

    /// <summary>Who did not get the message and why (failed, suppressed, expired, cancelled), keyset-paged by sequence.</summary>
    public async Task<MailingResult<IReadOnlyList<DeliveryRecord>>> ListUndeliveredAsync(
        Guid campaignId, long afterSequence = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 10_000);
        if (await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false) is null)
        {
            return MailingErrors.NotFound();
        }

        var page = await _ledger.ListUndeliveredAsync(campaignId, afterSequence, limit, cancellationToken).ConfigureAwait(false);
        return MailingResult<IReadOnlyList<DeliveryRecord>>.Success(page);
    }
}
