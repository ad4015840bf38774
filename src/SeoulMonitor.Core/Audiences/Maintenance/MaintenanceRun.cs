namespace SeoulMonitor.Core.Audiences.Maintenance;

/// <summary>What one run of the daily consent upkeep did (a second run at the same instant does nothing).</summary>
/// <param name="At">The run's instant (UTC).</param>
/// <param name="Unconfirmed">Pending consents whose confirmation expired, now Unconfirmed.</param>
/// <param name="RenewalsScheduled">Active policy-customer consents that had no renewal date and got one.</param>
/// <param name="Lapsed">Policy-customer consents that reached their renewal date without re-consent.</param>
/// <param name="RemindersQueued">Re-consent reminders queued (one per consent per cycle).</param>
/// <param name="AdvertisingNoticesQueued">Advertising confirmation notices queued (one per consent every two years).</param>
/// <param name="SubscribersDestroyed">Subscribers whose personal data was destroyed.</param>
/// <param name="Conflicts">Batches skipped because a consent changed at the same time (retried by the next run).</param>
public sealed record MaintenanceRun(
    DateTimeOffset At, int Unconfirmed, int RenewalsScheduled, int Lapsed, int RemindersQueued, int AdvertisingNoticesQueued,
    int SubscribersDestroyed, int Conflicts);
