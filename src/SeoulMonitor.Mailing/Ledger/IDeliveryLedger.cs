using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>
/// The durable per-recipient ledger: the source of truth for who was sent what. Implementations (SQLite, PostgreSQL)
/// write in batches (never one round trip per message) and hand out rows under leases so that a crashed sender's rows
/// are taken over when its lease expires.
/// </summary>
public partial interface IDeliveryLedger
{
    /// <summary>Creates the ledger's tables if they do not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new campaign in <see cref="CampaignState.Draft"/>.</summary>
    Task CreateCampaignAsync(CampaignDefinition definition, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The campaign, or <see langword="null"/>.</summary>
    Task<CampaignRecord?> GetCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default);

    /// <summary>Campaigns in the given states, urgent first.</summary>
    Task<IReadOnlyList<CampaignRecord>> ListCampaignsAsync(IReadOnlyCollection<CampaignState> states, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a campaign from <paramref name="expected"/> to <paramref name="target"/>; false when its state was not
    /// <paramref name="expected"/> (another node or operator moved it first).
    /// </summary>
    Task<bool> TransitionCampaignAsync(Guid campaignId, CampaignState expected, CampaignState target, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a batch of recipients to the campaign's snapshot as pending rows, skipping addresses already in it
    /// (deduplication by normalised address). Returns how many were added.
    /// </summary>
    Task<int> AddRecipientsAsync(Guid campaignId, IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> rows that are pending, deferred and due, or in flight under another owner's
    /// expired lease, in snapshot order; with <paramref name="takeOverOwnLeases"/> also rows leased to
    /// <paramref name="owner"/> itself, expired or not (taken over after a restart). Without it, this owner's own rows are
    /// never claimed again, even when their lease has run out, because the owner may still hold their outcomes (for
    /// example while the database was unreachable). Claimed rows are marked in flight under a lease of
    /// <paramref name="owner"/> until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<LeasedDelivery>> ClaimAsync(
        Guid campaignId, int max, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, bool takeOverOwnLeases, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a batch of outcomes in one transaction (at least 500 state changes per round trip). Outcomes for rows
    /// already final are ignored, and so are outcomes whose <see cref="DeliveryOutcome.LeaseOwner"/> no longer holds the
    /// row's lease, unless they are transport results (see <see cref="DeliveryOutcome.LeaseOwner"/>).
    /// </summary>
    Task CompleteAsync(IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks <see cref="DeliveryState.Expired"/> the non-final rows of a running campaign whose send-by deadline has
    /// passed at <paramref name="now"/> that no other owner holds under a live lease: pending and deferred rows, rows
    /// in flight whose lease has expired at <paramref name="now"/>, and rows leased to <paramref name="owner"/> when it
    /// is given (their owner knows it holds none of them in process). A row in flight under another owner's live lease
    /// is left to that owner, which records it as sent if it sent it, or expired; a later call finishes it once the
    /// lease has expired. Rows of a campaign that is not <see cref="Campaigns.CampaignState.Running"/>, or whose
    /// deadline is still ahead, are never touched. Returns how many rows it finished.
    /// </summary>
    Task<long> FinishExpiredAsync(Guid campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks <see cref="DeliveryState.Cancelled"/> the non-final rows of cancelled campaigns (of
    /// <paramref name="campaignId"/> only, or of every cancelled campaign when it is <see langword="null"/>) that no
    /// other owner holds under a live lease: pending and deferred rows, rows in flight whose lease has expired at
    /// <paramref name="now"/>, and rows leased to <paramref name="owner"/> when it is given (their owner knows it holds
    /// none of them in process). A row in flight under another owner's live lease is left to that owner, which records
    /// it as sent if it sent it, or cancelled; a later call finishes it once the lease has expired. Rows of a campaign
    /// that is not <see cref="Campaigns.CampaignState.Cancelled"/> are never touched. Returns how many rows it finished.
    /// </summary>
    Task<long> FinishCancelledAsync(Guid? campaignId, string? owner, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Counts per state.</summary>
    Task<DeliveryCounts> CountAsync(Guid campaignId, CancellationToken cancellationToken = default);

    /// <summary>The earliest retry time of the campaign's deferred rows, if any.</summary>
    Task<DateTimeOffset?> NextRetryAtAsync(Guid campaignId, CancellationToken cancellationToken = default);

    /// <summary>One recipient's record, by recipient id.</summary>
    Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, string recipientId, CancellationToken cancellationToken = default);

    /// <summary>The recipients that did not get the message (failed, suppressed, expired, cancelled), in snapshot order, keyset-paged.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListUndeliveredAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Adds an address to the channel's suppression list (idempotent).</summary>
    Task SuppressAsync(DeliveryChannel channel, string address, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The channel's suppressed addresses (normalised), for the in-memory gate.</summary>
    Task<IReadOnlySet<string>> LoadSuppressionsAsync(DeliveryChannel channel, CancellationToken cancellationToken = default);

    /// <summary>One row by its position in the snapshot (a bounce names rows this way), or <see langword="null"/>.</summary>
    Task<DeliveryRecord?> GetDeliveryAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a bounce event against its row; idempotent by (report id, campaign, sequence): false when it was already
    /// recorded (nothing written).
    /// </summary>
    Task<bool> RecordBounceAsync(Bounces.BounceEvent bounce, CancellationToken cancellationToken = default);

    /// <summary>A campaign's bounce events in the order they were recorded, keyset-paged by id.</summary>
    Task<IReadOnlyList<Bounces.BounceRecord>> ListBouncesAsync(Guid campaignId, long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The address's rows in campaigns of <paramref name="channel"/> created no later than <paramref name="campaignId"/>
    /// (that campaign included), newest campaign first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Bounces.AddressDelivery>> ListAddressDeliveriesAsync(
        DeliveryChannel channel, string address, Guid campaignId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The channel's suppression list with reasons and times, by normalised address, keyset-paged.</summary>
    Task<IReadOnlyList<Bounces.SuppressionRecord>> ListSuppressionsAsync(
        DeliveryChannel channel, string? afterAddressKey, int limit, CancellationToken cancellationToken = default);
    /// <summary>Stores the gateway message ids of accepted texts, in one transaction (a repeated id is ignored).</summary>
    Task RecordSmsMessagesAsync(IReadOnlyList<SmsMessageRecord> messages, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a carrier report to its text: only an accepted text moves, once, to the report's final status; a
    /// repeated or late report changes nothing, an unknown message id changes nothing.
    /// </summary>
    Task<SmsReportResult> ApplySmsReportAsync(SmsCarrierReport report, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The text with that gateway message id, or <see langword="null"/>.</summary>
    Task<SmsMessageStatus?> GetSmsMessageAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>The text sent for one ledger row (the latest, should it have had two), or <see langword="null"/>.</summary>
    Task<SmsMessageStatus?> GetSmsMessageAsync(Guid campaignId, long sequence, CancellationToken cancellationToken = default);

    /// <summary>A campaign's texts and their carrier outcomes in row order, keyset-paged by row (<paramref name="afterSequence"/> excluded).</summary>
    Task<IReadOnlyList<SmsMessageStatus>> ListSmsMessagesAsync(Guid campaignId, long afterSequence, int limit, CancellationToken cancellationToken = default);
}
