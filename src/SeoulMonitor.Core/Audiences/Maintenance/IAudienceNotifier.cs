namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>
/// The seam through which the audiences' own messages leave: one method per kind. Called inside the caller's unit of
/// work, so an implementation must only add to the context (a durable outbox row), never send or save itself: the
/// message exists exactly when the change that caused it was committed.
/// </summary>
public interface IAudienceNotifier
{
    /// <summary>A policy-customer re-consent reminder with its signed link.</summary>
    Task QueueReconsentReminderAsync(ReconsentReminder reminder, CancellationToken cancellationToken = default);

    /// <summary>An advertising consent's two-yearly confirmation notice (시행령 62조의3).</summary>
    Task QueueAdvertisingConfirmationAsync(AdvertisingConfirmation notice, CancellationToken cancellationToken = default);

    /// <summary>The confirmation link of a data-subject request, sent to the address the person gave.</summary>
    Task QueueDataRequestVerificationAsync(DataRequestVerification verification, CancellationToken cancellationToken = default);
}
