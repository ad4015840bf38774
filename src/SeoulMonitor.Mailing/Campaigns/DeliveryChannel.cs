namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>How a campaign reaches its recipients.</summary>
public enum DeliveryChannel
{
    /// <summary>E-mail over SMTP (or a pickup directory).</summary>
    Email,

    /// <summary>SMS through a gateway.</summary>
    Sms,
}
