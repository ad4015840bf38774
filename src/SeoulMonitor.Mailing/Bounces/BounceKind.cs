namespace SeoulMonitor.Mailing.Bounces;

/// <summary>What one report says about one recipient (ordered by weight: a row's worst event decides).</summary>
public enum BounceKind
{
    /// <summary>A delay warning (<c>Action: delayed</c>): not a bounce; recorded, never counted, never suppresses.</summary>
    Delayed = 0,

    /// <summary>A temporary or not-the-address's-fault failure: counts towards the soft threshold.</summary>
    Soft = 1,

    /// <summary>A permanent failure of the address: suppresses at once.</summary>
    Hard = 2,

    /// <summary>The recipient reported the message as abuse (ARF): suppresses at once.</summary>
    Complaint = 3,
}
