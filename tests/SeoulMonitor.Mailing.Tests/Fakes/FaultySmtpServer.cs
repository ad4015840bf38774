using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>
/// An in-process SMTP server on 127.0.0.1 (a free port) that records everything and injects faults set by the test:
/// queued replies per stage (bursts of 421/451/452, 5xx), 550 for chosen recipients, a connection dropped in the middle
/// of the content, a tarpit (replies of one stage delayed), CHUNKING/BDAT, STARTTLS and AUTH. A 421 reply is followed by
/// the server closing the connection, as real servers do. Thread-safe; wait on conditions with <see cref="WaitUntilAsync"/>
/// (every wait is bounded) instead of sleeping.
/// </summary>
/// <remarks>
/// Written on raw sockets rather than the SmtpServer package: that package has no CHUNKING/BDAT and no hook to cut a
/// connection half-way through DATA or to close it after a 421.
/// </remarks>
public sealed class FaultySmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<SmtpStage, Queue<string>> _replies = [];
    private readonly Dictionary<string, string> _rejectedRecipients = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SmtpStage, TimeSpan> _tarpits = [];
    private readonly Queue<int> _drops = new();
    private readonly Dictionary<SmtpStage, Queue<TimeSpan>> _oneShotTarpits = [];
    private readonly Dictionary<string, Queue<string>> _domainReplies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ReceivedMessage> _messages = [];
    private readonly Dictionary<string, int> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _authentications = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _connections;
    private int _dropped;
    private int _closedBy421;
    private int _startTls;
    private int _holding;
    private int _pipelinedGroups;
    private int _dataWithoutRecipients;
    private long _contentWithoutRecipientsBytes;

    private FaultySmtpServer(FaultySmtpServerOptions options, TimeProvider timeProvider)
    {
        Options = options;
        TimeProvider = timeProvider;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    /// <summary>What the server advertises and requires.</summary>
    public FaultySmtpServerOptions Options { get; }

    /// <summary>The clock of tarpit delays.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Always 127.0.0.1.</summary>
    public string Host { get; } = "127.0.0.1";

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Connections accepted so far.</summary>
    public long ConnectionCount => Interlocked.Read(ref _connections);

    /// <summary>Connections the server cut in the middle of the content (<see cref="DropConnectionDuringData"/>).</summary>
    public int DroppedConnections => Volatile.Read(ref _dropped);

    /// <summary>Connections the server closed right after a 421 reply.</summary>
    public int ConnectionsClosedBy421 => Volatile.Read(ref _closedBy421);

    /// <summary>Sessions inside a tarpit delay right now.</summary>
    public int HoldingInTarpit => Volatile.Read(ref _holding);

    /// <summary>
    /// Transactions whose MAIL, RCPT and DATA (or BDAT) commands arrived in one read from the socket: the client pipelined
    /// them in one send (RFC 2920).
    /// </summary>
    public int PipelinedGroups => Volatile.Read(ref _pipelinedGroups);

    /// <summary>DATA commands answered with 354 although no recipient was accepted (<see cref="FaultySmtpServerOptions.StartDataWithoutRecipients"/>).</summary>
    public int DataWithoutRecipients => Volatile.Read(ref _dataWithoutRecipients);

    /// <summary>Content bytes the client sent after such a 354 (a correct client sends none, just the dot).</summary>
    public long ContentWithoutRecipientsBytes => Interlocked.Read(ref _contentWithoutRecipientsBytes);

    /// <summary>How many messages were accepted so far (cheaper than <see cref="Messages"/>).</summary>
    public int MessageCount
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Successful STARTTLS handshakes.</summary>
    public int StartTlsCount => Volatile.Read(ref _startTls);

    /// <summary>Starts a server on a free loopback port.</summary>
    public static FaultySmtpServer Start(FaultySmtpServerOptions? options = null, TimeProvider? timeProvider = null)
        => new(options ?? new FaultySmtpServerOptions(), timeProvider ?? TimeProvider.System);

    /// <summary>A snapshot of the accepted messages, in order of acceptance.</summary>
    public IReadOnlyList<ReceivedMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Successful AUTHs as "MECHANISM user".</summary>
    public IReadOnlyList<string> Authentications
    {
        get
        {
            lock (_gate)
            {
                return [.. _authentications];
            }
        }
    }

    /// <summary>How many times a command verb (EHLO, MAIL, RCPT, DATA, BDAT, RSET, QUIT, …) was received.</summary>
    public int CommandCount(string verb)
    {
        lock (_gate)
        {
            return _commands.GetValueOrDefault(verb);
        }
    }

    /// <summary>
    /// Queues replies for the next commands at <paramref name="stage"/>, one reply per command, in order; afterwards the
    /// stage answers normally again. Example: <c>QueueReplies(SmtpStage.DataEnd, "451 4.3.0 Try later", "452 4.3.1 Full")</c>.
    /// A reply starting with 421 also closes the connection.
    /// </summary>
    public void QueueReplies(SmtpStage stage, params string[] replies)
    {
        lock (_gate)
        {
            if (!_replies.TryGetValue(stage, out var queue))
            {
                _replies[stage] = queue = new Queue<string>();
            }

            foreach (var reply in replies)
            {
                queue.Enqueue(reply);
            }
        }
    }

    /// <summary>Answers RCPT TO for <paramref name="address"/> with <paramref name="reply"/> (default 550) until the server stops.</summary>
    public void RejectRecipient(string address, string reply = "550 5.1.1 Recipient address rejected: User unknown")
    {
        lock (_gate)
        {
            _rejectedRecipients[address] = reply;
        }
    }

    /// <summary>Cuts the next <paramref name="times"/> messages' connections (TCP reset) after <paramref name="afterBytes"/> bytes of content.</summary>
    public void DropConnectionDuringData(int afterBytes = 256, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _drops.Enqueue(afterBytes);
            }
        }
    }

    /// <summary>Delays every reply of <paramref name="stage"/> by <paramref name="delay"/> (<see cref="Timeout.InfiniteTimeSpan"/>: never answers).</summary>
    public void Tarpit(SmtpStage stage, TimeSpan delay)
    {
        lock (_gate)
        {
            _tarpits[stage] = delay;
        }
    }

    /// <summary>Delays only the next reply of <paramref name="stage"/> (on whichever connection asks first) by <paramref name="delay"/>.</summary>
    public void TarpitOnce(SmtpStage stage, TimeSpan delay)
    {
        lock (_gate)
        {
            if (!_oneShotTarpits.TryGetValue(stage, out var queue))
            {
                _oneShotTarpits[stage] = queue = new Queue<TimeSpan>();
            }

            queue.Enqueue(delay);
        }
    }

    /// <summary>
    /// Answers the next RCPT TO commands for addresses in <paramref name="domain"/> with <paramref name="replies"/>, one
    /// each, in order (a throttling burst from one destination); other domains answer normally.
    /// </summary>
    public void QueueDomainReplies(string domain, params string[] replies)
    {
        lock (_gate)
        {
            if (!_domainReplies.TryGetValue(domain, out var queue))
            {
                _domainReplies[domain] = queue = new Queue<string>();
            }

            foreach (var reply in replies)
            {
                queue.Enqueue(reply);
            }
        }
    }

    /// <summary>Replies queued by <see cref="QueueDomainReplies"/> not yet given.</summary>
    public int PendingDomainReplies(string domain) => Locked(() => _domainReplies.TryGetValue(domain, out var q) ? q.Count : 0);

    /// <summary>Removes every tarpit.</summary>
    public void ClearTarpits()
    {
        lock (_gate)
        {
            _tarpits.Clear();
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (checked after every recorded event); throws <see cref="TimeoutException"/> after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task WaitUntilAsync(Func<FaultySmtpServer, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = TimeProvider.GetTimestamp();
        var limit = timeout ?? DefaultWait;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            var left = limit - TimeProvider.GetElapsedTime(deadline);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The fake SMTP server did not reach the expected state in time.");
            }

            try
            {
                await changed.WaitAsync(left, TimeProvider);
            }
            catch (TimeoutException)
            {
                // Checked once more at the top of the loop.
            }
        }
    }

    /// <summary>Stops listening and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
            await Task.WhenAll(_sessions).WaitAsync(DefaultWait);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
        if (Options.Certificate is { } certificate)
        {
            certificate.Dispose();
        }
    }

    internal string? TakeReply(SmtpStage stage) => Locked(() => _replies.TryGetValue(stage, out var q) && q.Count > 0 ? q.Dequeue() : null);

    internal string? RecipientRejection(string address) => Locked(() => _rejectedRecipients.GetValueOrDefault(address));

    internal int? TakeDrop() => Locked<int?>(() => _drops.Count > 0 ? _drops.Dequeue() : null);

    internal TimeSpan? TarpitFor(SmtpStage stage) => Locked<TimeSpan?>(() =>
        _oneShotTarpits.TryGetValue(stage, out var once) && once.Count > 0 ? once.Dequeue()
        : _tarpits.TryGetValue(stage, out var d) ? d : null);

    internal string? TakeDomainReply(string address) => Locked(() =>
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && _domainReplies.TryGetValue(address[(at + 1)..], out var q) && q.Count > 0 ? q.Dequeue() : null;
    });

    internal void EnterTarpit() => Change(() => _holding++);

    internal void LeaveTarpit() => Change(() => _holding--);

    internal void CountCommand(string verb) => Change(() => _commands[verb] = _commands.GetValueOrDefault(verb) + 1);

    internal void Record(ReceivedMessage message) => Change(() => _messages.Add(message));

    internal void RecordAuthentication(string mechanism, string user) => Change(() => _authentications.Add($"{mechanism} {user}"));

    internal void RecordDrop() => Change(() => _dropped++);

    internal void RecordClosedBy421() => Change(() => _closedBy421++);

    internal void RecordStartTls() => Change(() => _startTls++);

    internal void RecordPipelinedGroup() => Change(() => _pipelinedGroups++);

    internal void RecordDataWithoutRecipients(long contentBytes) => Change(() =>
    {
        _dataWithoutRecipients++;
        _contentWithoutRecipientsBytes += contentBytes;
    });

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void Change(Action change)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            change();
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _connections);
            Change(() => { });
            _sessions.Add(Task.Run(() => new FaultySmtpSession(this, socket, id).RunAsync(_stop.Token)));
        }
    }
}
