namespace SeoulMonitor.Mailing.Transport;

/// <summary>Opens connections of one transport (SMTP, pickup directory, …).</summary>
public interface IMailConnectionFactory
{
    /// <summary>The transport's name, used as the per-transport rate-limit key and in telemetry.</summary>
    string Name { get; }

    /// <summary>Opens a connection; throws when the next hop cannot be reached.</summary>
    IMailConnection Open(CancellationToken cancellationToken);
}
