using System.Diagnostics.CodeAnalysis;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Builds recipients' messages for one worker thread (of any campaign); never shared between threads.</summary>
internal interface IMessageWriter : IDisposable
{
    /// <summary>
    /// The personalised message for <paramref name="delivery"/>, valid until the next call (writers reuse their buffer);
    /// false with the reason when this recipient's message cannot be built (a permanent failure for that recipient).
    /// </summary>
    bool TryWrite(CampaignDefinition campaign, LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error);
}
