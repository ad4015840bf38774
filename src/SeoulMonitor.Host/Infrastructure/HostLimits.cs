namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Limits the host enforces on every request.</summary>
public static class HostLimits
{
    /// <summary>Largest accepted request body: 1 MiB.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;
}
