using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The default <see cref="IAudienceNotifier"/>: adds a <see cref="QueuedNotice"/> row to the caller's unit of work.</summary>
internal sealed class QueuedNoticeNotifier : IAudienceNotifier
{
    private readonly SeoulMonitorDbContext _db;
    private readonly TimeProvider _time;

    public QueuedNoticeNotifier(SeoulMonitorDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    public Task QueueReconsentReminderAsync(ReconsentReminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return AddAsync(reminder.SubscriberId, QueuedNoticeKind.ReconsentReminder, reminder.Channel, reminder.To, QueuedNoticeTexts.Reconsent(reminder));
    }

    public Task QueueAdvertisingConfirmationAsync(AdvertisingConfirmation notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return AddAsync(notice.SubscriberId, QueuedNoticeKind.AdvertisingConfirmation, notice.Channel, notice.To, QueuedNoticeTexts.Advertising(notice));
    }

    public Task QueueDataRequestVerificationAsync(DataRequestVerification verification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return AddAsync(verification.SubscriberId, QueuedNoticeKind.DataRequestVerification, verification.Channel, verification.To, QueuedNoticeTexts.DataRequest(verification));
    }

    private Task AddAsync(long subscriberId, QueuedNoticeKind kind, DeliveryChannel channel, string to, (string Subject, string Body) text)
    {
        _db.Set<QueuedNotice>().Add(new QueuedNotice
        {
            SubscriberId = subscriberId,
            Kind = kind,
            Channel = channel,
            To = to,
            Subject = text.Subject,
            Body = text.Body,
            CreatedAt = _time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
