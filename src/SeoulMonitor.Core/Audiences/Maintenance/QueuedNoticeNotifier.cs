using SeoulMonitor.Core.Audiences.Outbox;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>The default <see cref="IAudienceNotifier"/>: adds an <see cref="Outbox.OutboxMessage"/> (with the subscriber it is about) to the caller's unit of work; the outbox drainer sends it.</summary>
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

    /// <summary>The outbox kind of a notice.</summary>
    internal static string KindOf(QueuedNoticeKind kind) => kind switch
    {
        QueuedNoticeKind.ReconsentReminder => OutboxKinds.Reconsent,
        QueuedNoticeKind.AdvertisingConfirmation => OutboxKinds.AdvertisingConfirmation,
        _ => OutboxKinds.DataRequestVerification,
    };

    private Task AddAsync(long subscriberId, QueuedNoticeKind kind, DeliveryChannel channel, string to, (string Subject, string Body) text)
    {
        _db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            SubscriberId = subscriberId,
            Kind = KindOf(kind),
            Channel = channel,
            To = to,
            Subject = text.Subject,
            TextBody = text.Body,
            CreatedAt = _time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
