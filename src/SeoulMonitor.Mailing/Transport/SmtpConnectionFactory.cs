using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SeoulMonitor.Mailing.Diagnostics;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Opens SMTP connections on MailKit: a socket created here with <c>NoDelay</c> (MailKit's own connect leaves Nagle on,
/// which stalls every message about 40 ms) and left blocking (the sync API then makes plain send/recv calls), connected
/// within <see cref="SmtpOptions.ConnectTimeout"/>; then TLS as configured, EHLO with <see cref="SmtpOptions.ClientName"/>
/// and AUTH when credentials are set.
/// </summary>
/// <remarks>
/// Telemetry: given an <see cref="IMeterFactory"/>, each MailKit client is created from it, so MailKit's meter
/// <c>mailkit.net.smtp.client</c> reports <c>mailkit.net.smtp.client.connection.duration</c>,
/// <c>mailkit.net.smtp.client.operation.count</c> and <c>mailkit.net.smtp.client.operation.duration</c> (add the meter
/// name <c>MailKit.Telemetry.SmtpClient.MeterName</c> to your metrics pipeline). MailKit's socket meter
/// (<c>mailkit.net.socket.connect.*</c>) stays silent because the socket is connected here; the engine's own
/// <c>seoulmonitor.mailing.transport.connections</c> counts connects instead. Without a meter factory, MailKit's meters
/// are emitted only when the host calls <c>MailKit.Telemetry.SmtpClient.Configure()</c>.
/// </remarks>
public sealed class SmtpConnectionFactory : IMailConnectionFactory
{
    /// <summary>The transport's name (<see cref="Name"/>).</summary>
    public const string TransportName = "smtp";

    private readonly SmtpOptions _options;
    private readonly ILogger _logger;
    private readonly MailingMetrics? _metrics;
    private readonly IMeterFactory? _meterFactory;
    private readonly TimeProvider _timeProvider;
    private long _nextId;
    private int _probeFailed;

    /// <summary>Creates a factory for the configured server.</summary>
    /// <param name="options">The server; <see cref="SmtpOptions.Host"/> must be set and every setting in range.</param>
    /// <param name="logger">Receives one summary per connection.</param>
    /// <param name="meterFactory">Creates the engine's and MailKit's meters; null for none.</param>
    /// <param name="timeProvider">The clock for the connect timeout and send durations.</param>
    public SmtpConnectionFactory(SmtpOptions options, ILogger<SmtpConnectionFactory>? logger = null, IMeterFactory? meterFactory = null, TimeProvider? timeProvider = null)
        : this(options, logger ?? (ILogger)NullLogger.Instance, meterFactory is null ? null : new MailingMetrics(meterFactory), meterFactory, timeProvider ?? TimeProvider.System)
    {
    }

    internal SmtpConnectionFactory(SmtpOptions options, ILogger logger, MailingMetrics? metrics, IMeterFactory? meterFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var failures = new List<string>();
        options.Validate(failures);
        if (!options.IsConfigured)
        {
            failures.Add("Mailing:Smtp:Host is required for the SMTP transport.");
        }

        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        _options = options;
        _logger = logger;
        _metrics = metrics;
        _meterFactory = meterFactory;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    /// <exception cref="TimeoutException">The TCP connection was not established within the connect timeout.</exception>
    public IMailConnection Open(CancellationToken cancellationToken) => OpenSmtp(cancellationToken);

    /// <summary>Opens a connection, typed for tests and benchmarks.</summary>
    internal SmtpConnection OpenSmtp(CancellationToken cancellationToken)
    {
        var host = _options.Host!;
        Socket? socket = null;
        BulkSmtpClient? client = null;
        try
        {
            socket = ConnectSocket(host, cancellationToken);
            client = _meterFactory is null ? new BulkSmtpClient() : new BulkSmtpClient(_meterFactory);
            client.Timeout = (int)_options.CommandTimeout.TotalMilliseconds;
            if (!string.IsNullOrEmpty(_options.ClientName))
            {
                client.LocalDomain = _options.ClientName;
            }

            if (_options.AcceptAnyCertificate)
            {
                // The documented test-only switch (SmtpOptions.AcceptAnyCertificate): no certificate check at all.
#pragma warning disable CA5359
                client.ServerCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
                client.CheckCertificateRevocation = false;
            }

            // No cancellable token for MailKit (see SmtpConnection.Send): cancellation closes the socket instead.
            using (cancellationToken.Register(static s => ((Socket)s!).Dispose(), socket))
            {
                client.Connect(socket, host, _options.Port, ToMailKit(_options.Security), CancellationToken.None);
                if (!string.IsNullOrEmpty(_options.UserName))
                {
                    client.Authenticate(new NetworkCredential(_options.UserName, _options.Password), CancellationToken.None);
                }
            }

            var fastPath = CreateFastPath(client, socket);
            var connection = new SmtpConnection(Interlocked.Increment(ref _nextId), client, socket, fastPath, _options, _logger, _metrics, _timeProvider);
            _metrics?.TransportConnectionOpened(TransportName);
            var capabilities = client.Capabilities;
            Log.SmtpConnectionOpened(_logger, connection.Id, host, _options.Port, client.IsSecure, client.IsAuthenticated,
                capabilities.HasFlag(SmtpCapabilities.Chunking), capabilities.HasFlag(SmtpCapabilities.Pipelining), fastPath is not null);
            return connection;
        }
        catch (Exception exception)
        {
            client?.Dispose();
            socket?.Dispose();
            _metrics?.TransportConnectFailed(TransportName);
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("Opening the SMTP connection was cancelled.", exception, cancellationToken);
            }

            Log.SmtpConnectFailed(_logger, host, _options.Port, exception);
            throw;
        }
    }

    /// <summary>
    /// The pipelined fast path when the session allows it: plain text (under TLS MailKit owns an SslStream), PIPELINING
    /// offered, and MailKit's stream idle after EHLO/AUTH. Its reads and writes are bounded by the command timeout.
    /// </summary>
    private PipelinedSmtpSender? CreateFastPath(BulkSmtpClient client, Socket socket)
    {
        var capabilities = client.Capabilities;
        if (client.IsSecure || !capabilities.HasFlag(SmtpCapabilities.Pipelining))
        {
            return null;
        }

        if (MailKitStreamProbe.IsIdle(client) != true)
        {
            if (Interlocked.Exchange(ref _probeFailed, 1) == 0)
            {
                Log.SmtpFastPathUnavailable(_logger, typeof(SmtpClient).Assembly.GetName().Version?.ToString() ?? "?");
            }

            return null;
        }

        var timeout = (int)_options.CommandTimeout.TotalMilliseconds;
        socket.SendTimeout = timeout;
        socket.ReceiveTimeout = timeout;
        return new PipelinedSmtpSender(socket, capabilities.HasFlag(SmtpCapabilities.Chunking), capabilities.HasFlag(SmtpCapabilities.Size));
    }

    private Socket ConnectSocket(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var address) ? [address] : Dns.GetHostAddresses(host);

        // A dual-mode socket reaches IPv4 and IPv6 addresses. Connected synchronously so that it stays a truly blocking
        // socket (an async connect switches it to non-blocking mode, and the sync API then spins through epoll); the
        // timeout disposes it, which aborts the blocking connect.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using (linked.Token.Register(static s => ((Socket)s!).Dispose(), socket))
            {
                socket.Connect(addresses, _options.Port);
            }

            linked.Token.ThrowIfCancellationRequested();
            return socket;
        }
        catch (Exception exception) when (linked.IsCancellationRequested && exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            socket.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"No TCP connection to {host}:{_options.Port} within {_options.ConnectTimeout}.", exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security mode."),
    };
}
