using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Pipeline;

namespace SeoulMonitor.Mailing.Audience;

/// <summary>
/// The suppression list for hosts: add an address (durably in the ledger and at once in the engine's in-memory set),
/// receive a one-click unsubscription (RFC 8058), and ask it as a send-time gate, so a host's own gate can wrap it.
/// Thread-safe.
/// </summary>
public sealed partial class SuppressionList : ISendTimeGate
{
    /// <summary>The reason recorded for a one-click unsubscription.</summary>
    public const string UnsubscribedReason = "Unsubscribed through the one-click link. (수신 거부 링크로 수신을 거부했습니다.)";

    private readonly IDeliveryLedger _ledger;
    private readonly SuppressionSet _set;
    private readonly SuppressionListGate _gate;
    private readonly UnsubscribeTokens? _tokens;
    private readonly TimeProvider _time;
    private readonly IUnsubscribeHandler? _handler;

    internal SuppressionList(IDeliveryLedger ledger, SuppressionSet set, IOptions<MailingOptions> options, TimeProvider time, IUnsubscribeHandler? handler = null)
    {
        _handler = handler;
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _set = set ?? throw new ArgumentNullException(nameof(set));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _gate = new SuppressionListGate(set);
        var key = UnsubscribeOptions.TryDecodeKey((options ?? throw new ArgumentNullException(nameof(options))).Value.Unsubscribe.SigningKey);
        _tokens = key is null ? null : new UnsubscribeTokens(key);
    }

    /// <summary>Whether the address is suppressed on the channel (from memory).</summary>
    public bool Contains(DeliveryChannel channel, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _set.Contains(channel, address);
    }

    /// <summary>Suppresses the address on the channel (idempotent); running campaigns skip it from their next send.</summary>
    public async Task AddAsync(DeliveryChannel channel, string address, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await _ledger.SuppressAsync(channel, address, reason, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        _set.Add(channel, address);
    }

    /// <summary>
    /// Receives a one-click unsubscription: checks the token's signature in constant time and suppresses the address
    /// the campaign used for that recipient. False only for a token that is malformed or not signed with this node's
    /// key (or when no signing key is configured); a genuine token of an unknown campaign or recipient is accepted and
    /// changes nothing, so the answer never reveals whether an address exists. When an <see cref="IUnsubscribeHandler"/>
    /// is registered it is asked first, and the address is suppressed only when it does not handle the request.
    /// </summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (_tokens is null || !_tokens.TryValidate(token, out var campaignId, out var recipientId))
        {
            return false;
        }

        var campaign = await _ledger.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        var delivery = campaign is null ? null : await _ledger.GetDeliveryAsync(campaignId, recipientId, cancellationToken).ConfigureAwait(false);
        if (campaign is not null && delivery is not null)
        {
            var request = new UnsubscribeRequest(campaignId, recipientId, delivery.Address, campaign.Definition.Channel, delivery.ConsentId);
            if (_handler is not null && await _handler.TryHandleAsync(request, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            await AddAsync(campaign.Definition.Channel, delivery.Address, UnsubscribedReason, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <inheritdoc />
    public ValueTask<GateDecision> CheckAsync(GateRequest request, CancellationToken cancellationToken = default) =>
        _gate.CheckAsync(request, cancellationToken);
}
