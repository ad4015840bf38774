namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>Holds every worker inside its send from the n-th send on, until the test lets them go (bounded by the harness timeout).</summary>
internal sealed class SendGate(int atSend) : IDisposable
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _proceed = new();

    public Task Reached => _reached.Task.WaitAsync(EngineHarness.Timeout);

    public void OnSend(int index, string address)
    {
        if (index >= atSend && !_proceed.IsSet)
        {
            _reached.TrySetResult();
            _proceed.Wait(EngineHarness.Timeout);
        }
    }

    public void Release() => _proceed.Set();

    public void Dispose() => _proceed.Dispose();
}
