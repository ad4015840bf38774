namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>The engine's stop signals, shared by the dispatcher, the workers and the ledger writer.</summary>
internal sealed class EngineLifetime : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abandoned = new();

    /// <summary>A graceful stop began: stop claiming, finish current messages, release the rest.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>The engine is being abandoned (a simulated crash): stop at once, write nothing more.</summary>
    public CancellationToken Abandoned => _abandoned.Token;

    public bool IsStopping => _stopping.IsCancellationRequested;

    public bool IsAbandoned => _abandoned.IsCancellationRequested;

    public void Stop() => _stopping.Cancel();

    public void Abandon()
    {
        _abandoned.Cancel();
        _stopping.Cancel();
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _abandoned.Dispose();
    }
}
