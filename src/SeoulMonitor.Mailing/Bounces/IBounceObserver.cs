namespace SeoulMonitor.Mailing.Bounces;

/// <summary>
/// Told when bounce processing suppresses an address (after the ledger's suppression list has it), so that a host can
/// mirror it into its own list. Calls are idempotent in effect: the same suppression may be reported again when its
/// report is processed again. An exception stops the processing of that report (it is retried by the poller).
/// </summary>
public interface IBounceObserver
{
    /// <summary>Mirrors one suppression.</summary>
    Task OnSuppressedAsync(BounceSuppression suppression, CancellationToken cancellationToken = default);
}
