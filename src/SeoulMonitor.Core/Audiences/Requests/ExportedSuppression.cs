using SeoulMonitor.Core.Audiences.Suppressions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>A suppression entry for one of the person's addresses.</summary>
public sealed record ExportedSuppression(DeliveryChannel Channel, SuppressionReason Reason, string? Note, DateTimeOffset CreatedAt);
