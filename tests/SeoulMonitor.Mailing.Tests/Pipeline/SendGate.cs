namespace SeoulMonitor.Mailing.Tests.Pipeline;

/// <summary>Holds one worker inside its n-th send until the test lets it go (bounded by the harness timeout).</summary>
internal sealed class SendGate(int atSend) : IDisposable
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _proceed = new();

    public Task Reached => _reached.Task.WaitAsync(EngineHarness.Timeout);

    public void OnSend(int index, string address)
    {
        if (index == atSend)
        {
            _reached.TrySetResult();
            _proceed.Wait(EngineHarness.Timeout);
        }
    }

    public void Release() => _proceed.Set();

    public void Dispose() => _proceed.Dispose();
}
