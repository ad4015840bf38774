using System.Diagnostics.CodeAnalysis;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>Builds recipients' messages for one worker thread (of any campaign); never shared between threads.</summary>
internal interface IMessageWriter : IDisposable
{
    /// <summary>
    /// The personalised message for <paramref name="delivery"/>, valid until the next call (writers reuse one message);
    /// false with the reason when this recipient's message cannot be built (a permanent failure for that recipient).
    /// </summary>
    bool TryWrite(CampaignDefinition campaign, LeasedDelivery delivery, out ComposedMessage message, [NotNullWhen(false)] out string? error);
}
