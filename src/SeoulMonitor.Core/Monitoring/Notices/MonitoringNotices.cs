using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Monitoring.Notices;

/// <summary>
/// Queues the monitoring feature's e-mail notices in the durable outbox, inside the caller's unit of work, so a
/// notice exists if and only if the change that needs it was committed. <see cref="OutboxDrainer"/> sends them
/// through the mail engine's transport.
/// </summary>
internal static class MonitoringNotices
{
    /// <summary>Adds one e-mail notice to the outbox (not saved: the caller's unit of work saves it).</summary>
    public static OutboxMessage Enqueue(SeoulMonitorDbContext db, string to, string subject, string body, string kind, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var message = new OutboxMessage
        {
            Channel = DeliveryChannel.Email,
            To = to,
            Subject = subject,
            TextBody = body,
            Kind = kind,
            CreatedAt = now,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
