using System.Diagnostics;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>Bounded polling for state that raises no event (a rate limiter's rate): short pauses, a hard timeout.</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}.");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
