using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

/// <summary>An in-memory ledger with the contract's semantics (leases, conditional transitions, final rows ignored).</summary>
internal sealed partial class FakeDeliveryLedger : IDeliveryLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, CampaignRecord> _campaigns = [];
    private readonly Dictionary<Guid, List<Row>> _rows = [];
    private readonly Dictionary<DeliveryChannel, HashSet<string>> _suppressed = [];

    public List<int> CompleteBatchSizes { get; } = [];

    public List<int> AddBatchSizes { get; } = [];

    public int ClaimCalls { get; private set; }

    public Task CreateCampaignAsync(CampaignDefinition definition, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _campaigns.Add(definition.Id, new CampaignRecord(definition, CampaignState.Draft, now, now, 0));
            _rows[definition.Id] = [];
        }

        return Task.CompletedTask;
    }

    /// <summary>Test helper: a campaign in any state, bypassing validation.</summary>
    public void Put(CampaignDefinition definition, CampaignState state, DateTimeOffset now)
    {
        lock (_gate)
        {
            _campaigns[definition.Id] = new CampaignRecord(definition, state, now, now, 0);
            _rows.TryAdd(definition.Id, []);
        }
    }

    public Task<CampaignRecord?> GetCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_campaigns.TryGetValue(campaignId, out var c) ? c with { RecipientCount = _rows[campaignId].Count } : null);
        }
    }

    public Task<IReadOnlyList<CampaignRecord>> ListCampaignsAsync(IReadOnlyCollection<CampaignState> states, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CampaignRecord> list = _campaigns.Values.Where(c => states.Contains(c.State))
                .OrderBy(c => c.Definition.Priority).ThenBy(c => c.CreatedAt).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<bool> TransitionCampaignAsync(Guid campaignId, CampaignState expected, CampaignState target, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_campaigns.TryGetValue(campaignId, out var c) || c.State != expected)
            {
                return Task.FromResult(false);
            }

            _campaigns[campaignId] = c with { State = target, UpdatedAt = now };
            return Task.FromResult(true);
        }
    }

    public Task<int> AddRecipientsAsync(Guid campaignId, IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            AddBatchSizes.Add(recipients.Count);
            var rows = _rows[campaignId];
            var added = 0;
            foreach (var r in recipients)
            {
                var address = r.Address.Trim().ToLowerInvariant();
                if (rows.Any(x => x.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                rows.Add(new Row(campaignId, rows.Count + 1, r.Id, address, r.Fields ?? new Dictionary<string, string>(), r.ConsentId) { UpdatedAt = now });
                added++;
            }

            return Task.FromResult(added);
        }
    }

    public Task<IReadOnlyList<LeasedDelivery>> ClaimAsync(
        Guid campaignId, int max, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, bool takeOverOwnLeases, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ClaimCalls++;
            var claimed = _rows[campaignId].Where(r =>
                    r.State == DeliveryState.Pending
                    || (r.State == DeliveryState.Deferred && r.RetryAt <= now)
                    || (r.State == DeliveryState.InFlight && ((r.LeaseUntil < now && r.Owner != owner) || (takeOverOwnLeases && r.Owner == owner))))
                .Take(max).ToList();
            foreach (var r in claimed)
            {
                r.State = DeliveryState.InFlight;
                r.Owner = owner;
                r.LeaseUntil = leaseUntil;
            }

            IReadOnlyList<LeasedDelivery> result = claimed.ConvertAll(r => new LeasedDelivery(
                r.CampaignId, r.Sequence, r.RecipientId, r.Address, r.Address[(r.Address.IndexOf('@') + 1)..], r.Fields, r.ConsentId, r.Attempts));
            return Task.FromResult(result);
        }
    }

    public Task CompleteAsync(IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            CompleteBatchSizes.Add(outcomes.Count);
            foreach (var o in outcomes)
            {
                var row = _rows[o.CampaignId][(int)o.Sequence - 1];
                var required = o.CountsAsAttempt && DeliveryStates.IsFinal(o.State) ? null : o.LeaseOwner;
                if (DeliveryStates.IsFinal(row.State) || (required is not null && row.Owner != required))
                {
                    continue;
                }

                row.State = o.State;
                row.Attempts += o.CountsAsAttempt ? 1 : 0;
                row.RetryAt = o.RetryAt;
                row.ReplyCode = o.ReplyCode;
                row.Reply = o.Reply;
                row.UpdatedAt = now;
                row.Owner = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task<DeliveryCounts> CountAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var rows = _rows[campaignId];
            long C(DeliveryState s) => rows.Count(r => r.State == s);
            return Task.FromResult(new DeliveryCounts(
                C(DeliveryState.Pending), C(DeliveryState.InFlight), C(DeliveryState.Deferred), C(DeliveryState.Sent),
                C(DeliveryState.Failed), C(DeliveryState.Suppressed), C(DeliveryState.Expired), C(DeliveryState.Cancelled)));
        }
    }

    public Task<DateTimeOffset?> NextRetryAtAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows[campaignId].Where(r => r.State == DeliveryState.Deferred).Min(r => r.RetryAt));
        }
    }

    public Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, string recipientId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(campaignId, out var rows) ? rows.FirstOrDefault(r => r.RecipientId == recipientId)?.ToRecord() : null);
        }
    }

    public Task<IReadOnlyList<DeliveryRecord>> ListUndeliveredAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DeliveryRecord> list = _rows[campaignId]
                .Where(r => r.Sequence > afterSequence && r.State is DeliveryState.Failed or DeliveryState.Suppressed or DeliveryState.Expired or DeliveryState.Cancelled)
                .Take(limit).Select(r => r.ToRecord()).ToList();
            return Task.FromResult(list);
        }
    }

    public Task SuppressAsync(DeliveryChannel channel, string address, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_suppressed.TryGetValue(channel, out var set))
            {
                _suppressed[channel] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(address.Trim().ToLowerInvariant());
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> LoadSuppressionsAsync(DeliveryChannel channel, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlySet<string> set = _suppressed.TryGetValue(channel, out var s) ? new HashSet<string>(s) : new HashSet<string>();
            return Task.FromResult(set);
        }
    }

    /// <summary>A snapshot of every row of a campaign.</summary>
    public IReadOnlyList<DeliveryRecord> Rows(Guid campaignId)
    {
        lock (_gate)
        {
            return _rows[campaignId].Select(r => r.ToRecord()).ToList();
        }
    }

    private sealed class Row(Guid campaignId, long sequence, string recipientId, string address, IReadOnlyDictionary<string, string> fields, string? consentId)
    {
        public Guid CampaignId { get; } = campaignId;

        public long Sequence { get; } = sequence;

        public string RecipientId { get; } = recipientId;

        public string Address { get; } = address;

        public IReadOnlyDictionary<string, string> Fields { get; } = fields;

        public string? ConsentId { get; } = consentId;

        public DeliveryState State { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset? RetryAt { get; set; }

        public int? ReplyCode { get; set; }

        public string? Reply { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public string? Owner { get; set; }

        public DateTimeOffset LeaseUntil { get; set; }

        public DeliveryRecord ToRecord() =>
            new(CampaignId, Sequence, RecipientId, Address, State, Attempts, RetryAt, ReplyCode, Reply, UpdatedAt, ConsentId);
    }
}
