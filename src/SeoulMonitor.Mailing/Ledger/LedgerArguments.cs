using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Argument checks shared by the ledger implementations (programmer errors throw).</summary>
internal static class LedgerArguments
{
    /// <summary>
    /// The schema version (1: campaigns, deliveries, suppressions; 2: SMS texts and bounce events). Every version's
    /// statements are idempotent, so a ledger of an older version is brought up to this one on start.
    /// </summary>
    public const int SchemaVersion = 2;

    /// <summary>The states the "who did not get it" list shows.</summary>
    public static readonly short[] UndeliveredStates =
        [(short)DeliveryState.Failed, (short)DeliveryState.Suppressed, (short)DeliveryState.Expired, (short)DeliveryState.Cancelled];

    public static void Definition(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Name, nameof(definition));
        if (definition.Id == Guid.Empty)
        {
            throw new ArgumentException("A campaign needs a non-empty id.", nameof(definition));
        }
    }

    public static void Claim(int max, string owner, DateTimeOffset now, DateTimeOffset leaseUntil)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (leaseUntil <= now)
        {
            throw new ArgumentException("The lease must end after now.", nameof(leaseUntil));
        }
    }

    /// <summary>A finish without a send (cancel, expiry): the owner whose own leases it may take, if any, and a reason.</summary>
    public static void Finish(string? owner, string reason)
    {
        if (owner is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
    }

    public static void Outcome(in DeliveryOutcome outcome)
    {
        if (!Enum.IsDefined(outcome.State) || outcome.State == DeliveryState.InFlight)
        {
            throw new ArgumentException($"An outcome cannot set {outcome.State}.", nameof(outcome));
        }

        if (outcome.State == DeliveryState.Deferred && outcome.RetryAt is null)
        {
            throw new ArgumentException("A deferred outcome needs a retry time.", nameof(outcome));
        }

        if (outcome.LeaseOwner is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(outcome.LeaseOwner, nameof(outcome));
        }
    }

    /// <summary>
    /// The node that must still hold the row's lease for <paramref name="outcome"/> to apply, or null when it applies
    /// whoever holds the lease (see <see cref="DeliveryOutcome.LeaseOwner"/>).
    /// </summary>
    public static string? RequiredOwner(in DeliveryOutcome outcome) =>
        outcome.CountsAsAttempt && DeliveryStates.IsFinal(outcome.State) ? null : outcome.LeaseOwner;

    /// <summary>How much the attempt counter goes up: never for a release to pending.</summary>
    public static int AttemptIncrement(in DeliveryOutcome outcome) =>
        outcome.CountsAsAttempt && outcome.State != DeliveryState.Pending ? 1 : 0;

    /// <summary>One bit per state, for "state in (…)" with a single parameter.</summary>
    public static long StateMask(IReadOnlyCollection<CampaignState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var mask = 0L;
        foreach (var state in states)
        {
            mask |= 1L << (int)state;
        }

        return mask;
    }
}
