using System.Data.Common;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The start: the ledger's tables are created before <see cref="StartAsync"/> returns.</summary>
public sealed partial class MailEngine
{
    /// <summary>
    /// Creates the ledger's tables, awaited, so that once the host has started (or this method returned) every ledger
    /// call finds them; then starts the engine in the background (journal replay, workers, dispatcher). While the database is unreachable (a connection or I/O error, a timeout) it tries again
    /// up to <see cref="Ledger.LedgerOptions.InitializeAttempts"/> times, <see cref="Ledger.LedgerOptions.InitializeRetryDelay"/>
    /// apart, logging each failure; after the last it throws <see cref="InvalidOperationException"/> (the host does
    /// not start). Any other error fails the start at once.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeLedgerAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _started.TrySetException(exception);
            throw;
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InitializeLedgerAsync(CancellationToken cancellationToken)
    {
        var options = _options.Ledger;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _ledger.InitializeAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (IsUnreachable(exception) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= options.InitializeAttempts)
                {
                    _logger.LedgerInitializeFailed(exception, attempt);
                    throw new InvalidOperationException(
                        $"The mail ledger's tables could not be created after {attempt} attempt(s): {exception.Message}", exception);
                }

                _logger.LedgerInitializeRetrying(exception, attempt, options.InitializeAttempts, options.InitializeRetryDelay);
            }

            await Task.Delay(options.InitializeRetryDelay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsUnreachable(Exception exception) =>
        exception is DbException or IOException or TimeoutException or UnauthorizedAccessException;
}
