namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>What the carrier said about an accepted text. Only <see cref="Accepted"/> ever changes, once.</summary>
public enum SmsCarrierStatus
{
    /// <summary>Accepted by the gateway; no delivery report yet.</summary>
    Accepted = 0,

    /// <summary>Delivered to the handset (final).</summary>
    Delivered = 1,

    /// <summary>Not delivered: the carrier refused it (final).</summary>
    Failed = 2,

    /// <summary>Not delivered before the carrier gave up (final).</summary>
    Expired = 3,
}
