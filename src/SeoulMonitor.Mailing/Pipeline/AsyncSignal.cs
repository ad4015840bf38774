namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>An auto-reset signal with one asynchronous waiter (the dispatcher): set by anyone, consumed by the wait.</summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _source = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => Volatile.Read(ref _source).TrySetResult();

    /// <summary>Completes when set (or already set since the last wait); resets the signal.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var source = Volatile.Read(ref _source);
        if (!source.Task.IsCompleted)
        {
            try
            {
                await source.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The poll interval passed without a signal.
            }
        }

        Interlocked.CompareExchange(ref _source, new(TaskCreationOptions.RunContinuationsAsynchronously), source);
    }
}
