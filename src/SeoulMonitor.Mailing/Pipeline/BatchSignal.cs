namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// Wakes the ledger writer once a whole batch has been posted, instead of once per result: the writer arms it with
/// the number of results it still needs, workers count their posts down, and the post that reaches zero completes the
/// wait. Without it the writer's thread-pool continuation ran (and then spun idle) for every single message.
/// A miscount (results posted while arming) only delays the flush until the flush interval.
/// </summary>
internal sealed class BatchSignal
{
    private const int Disarmed = int.MaxValue;
    private int _remaining = Disarmed;
    private TaskCompletionSource? _waiter;

    /// <summary>A task that completes once <paramref name="needed"/> more results have been posted.</summary>
    public Task Arm(int needed)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _waiter, waiter);
        Interlocked.Exchange(ref _remaining, Math.Max(1, needed));
        return waiter.Task;
    }

    /// <summary>Stops counting (the writer is flushing).</summary>
    public void Disarm() => Interlocked.Exchange(ref _remaining, Disarmed);

    /// <summary>Called by a worker after each posted result.</summary>
    public void Posted()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            Volatile.Read(ref _waiter)?.TrySetResult();
        }
    }
}
