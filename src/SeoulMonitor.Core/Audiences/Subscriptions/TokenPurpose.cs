namespace SeoulMonitor.Core.Audiences.Subscriptions;

/// <summary>What a signed citizen token is for (its first payload byte).</summary>
public enum TokenPurpose
{
    /// <summary>Manage one's subscriptions (withdraw): the subscriber's public id; no expiry.</summary>
    Manage = 1,

    /// <summary>Re-consent: the subscriber, the consent, the affirmation it renews (so it works once) and an expiry.</summary>
    Reconsent = 2,

    /// <summary>Confirm a data-subject request: the subscriber, the kind asked for and an expiry.</summary>
    DataRequest = 3,
}
