using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// Deadline expiry across nodes, with the cancel's rule: a dispatcher finishes as expired only the rows of a running
/// campaign past its send-by deadline that no other node holds under a live lease (pending, deferred, expired leases,
/// and its own once it holds none of the campaign's rows in process). Rows another node holds stay with it: its
/// workers record what they sent as sent and expire the rest (their deadline check). Every dispatcher repeats this
/// for each such campaign at most once per <see cref="PipelineOptions.PollInterval"/> (the sweep: rows of a node that
/// died are final within one lease duration), and the campaign completes only when every row is final.
/// </summary>
internal sealed partial class Dispatcher
{
    private const string Expired = "The send-by deadline passed before the message could be sent. (발송 기한 내에 발송하지 못했습니다.)";
    private readonly Dictionary<Guid, (DateTimeOffset Next, bool Own)> _expiries = [];

    private async Task ExpireAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Rows of this node still in process are this node's to finish (its workers expire them); its own leases are
        // finished here only once it holds none of them, or a row being sent right now could be marked expired.
        var own = tracker.Outstanding(campaignId) == 0;
        if (!_expiries.TryGetValue(campaignId, out var last) || now >= last.Next || (own && !last.Own))
        {
            _expiries[campaignId] = (now + options.PollInterval, own);
            var owner = own ? options.NodeId : null;
            var expired = await ledger.FinishExpiredAsync(campaignId, owner, Expired, now, cancellationToken).ConfigureAwait(false);
            logger.ExpiryPass(campaignId, options.NodeId, expired, own);
            if (expired > 0)
            {
                logger.CampaignExpired(campaignId, expired);
            }
        }

        if (own)
        {
            await TryCompleteAsync(campaignId, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets the expiry schedule of campaigns no longer running (finished, paused or cancelled).</summary>
    private void ForgetExpiries(HashSet<Guid> running)
    {
        if (_expiries.Count == 0)
        {
            return;
        }

        foreach (var id in _expiries.Keys.Where(id => !running.Contains(id)).ToList())
        {
            _expiries.Remove(id);
        }
    }
}
