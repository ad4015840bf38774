using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// The pickup-directory transport: each message becomes one <c>{Message-ID}.eml</c> file in
/// <see cref="PickupDirectoryOptions.Directory"/>, written under a temporary name and renamed atomically. The host's
/// embedded default when no SMTP host is configured; a write that fails (full disk, permissions) is a temporary failure.
/// </summary>
public sealed class PickupDirectoryConnectionFactory : IMailConnectionFactory
{
    /// <summary>The transport's name (<see cref="Name"/>).</summary>
    public const string TransportName = "pickup";

    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private long _nextId;

    /// <summary>Creates a factory for the configured directory.</summary>
    /// <param name="options">The directory; every setting must be in range.</param>
    /// <param name="logger">Receives one summary per connection.</param>
    /// <param name="meterFactory">Creates the engine's meter; null for none.</param>
    /// <param name="timeProvider">The clock for write durations.</param>
    public PickupDirectoryConnectionFactory(PickupDirectoryOptions options, ILogger<PickupDirectoryConnectionFactory>? logger = null, IMeterFactory? meterFactory = null, TimeProvider? timeProvider = null)
        : this(options, logger ?? (ILogger)NullLogger.Instance, meterFactory is null ? null : new MailingMetrics(meterFactory), timeProvider ?? TimeProvider.System)
    {
    }

    internal PickupDirectoryConnectionFactory(PickupDirectoryOptions options, ILogger logger, MailingMetrics? metrics, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var failures = new List<string>();
        options.Validate(failures);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        Directory = Path.GetFullPath(options.Directory);
        _logger = logger;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    /// <summary>The full path of the directory that receives the files.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    /// <exception cref="IOException">The directory cannot be created.</exception>
    public IMailConnection Open(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception) when (_metrics is not null)
        {
            _metrics.TransportConnectFailed(TransportName);
            throw;
        }

        _metrics?.TransportConnectionOpened(TransportName);
        return new PickupDirectoryConnection(Interlocked.Increment(ref _nextId), Directory, _logger, _metrics, _timeProvider);
    }
}
