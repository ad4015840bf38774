using System.Diagnostics.CodeAnalysis;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>One worker's writers, one per campaign it has sent (a few at most; dropped when too many accumulate).</summary>
internal sealed class ComposerMessageWriter(ComposerMessageFactory factory) : IMessageWriter
{
    private const int MaxCampaigns = 16;
    private readonly Dictionary<Guid, MessageWriter> _writers = [];

    public bool TryWrite(CampaignDefinition campaign, LeasedDelivery delivery, out OutgoingMessage message, [NotNullWhen(false)] out string? error)
    {
        if (!_writers.TryGetValue(campaign.Id, out var writer))
        {
            if (_writers.Count >= MaxCampaigns)
            {
                Dispose();
            }

            writer = factory.ComposerOf(campaign).CreateWriter();
            _writers[campaign.Id] = writer;
        }

        return writer.TryWrite(delivery, out message, out error);
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        _writers.Clear();
    }
}
