using MimeKit;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Builds one recipient's message; owned by one worker thread.</summary>
internal interface IMessageWriter : IDisposable
{
    /// <summary>
    /// The personalised message for <paramref name="delivery"/>. The returned instance may be reused (and changed) by
    /// the next call, so it is sent before the next call.
    /// </summary>
    MimeMessage Write(CampaignDefinition campaign, LeasedDelivery delivery);
}
