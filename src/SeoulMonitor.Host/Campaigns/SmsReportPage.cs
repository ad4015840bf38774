namespace SeoulMonitor.Host.Campaigns;

/// <summary>A page of a campaign's texts and carrier reports; <see cref="Next"/> is the <c>after</c> of the next page, or null at the end.</summary>
public sealed record SmsReportPage(IReadOnlyList<SmsDeliveryView> Items, long? Next);
