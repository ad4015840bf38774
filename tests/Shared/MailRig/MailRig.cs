using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace SeoulMonitor.Testing;

/// <summary>
/// A real mail system for bounce tests: a private Postfix instance (a real MTA that produces genuine RFC 3464 delivery
/// status notifications) and a private Dovecot (a real IMAP server holding them), each with its own configuration,
/// queue and mail directories under one temporary directory and on 127.0.0.1 ports chosen free at start. Needs root
/// (Postfix's master and the mail user switch) and the Debian packages postfix and dovecot-imapd (<c>.ci/run</c>
/// installs them); no system service, DNS or internet is used. One rig serves the whole test process: started on first
/// use, stopped and removed when the process exits; if the process is killed before that (SIGKILL), the next rig to
/// start stops the orphaned daemons (<see cref="RigReaper"/>).
/// </summary>
/// <remarks>
/// Postfix runs as <c>master -d -c &lt;dir&gt;</c> (in the foreground, as a child of the test process), not as
/// <c>postfix -c &lt;dir&gt; start</c>: the <c>postfix</c> command needs a default <c>/etc/postfix/main.cf</c> (which a
/// "No configuration" install lacks) listing the directory in <c>alternate_config_directories</c>. The queue directories
/// are created by Postfix's own <c>post-install create-missing</c>. Mail for <see cref="MailRigAddresses.RecipientDomain"/>
/// is relayed to a second smtpd of the same instance that plays the domain's MX (see <see cref="MailRigAddresses"/>).
/// </remarks>
public sealed partial class MailRig : IAsyncDisposable
{
    /// <summary>How long the rig may take to start (about a second on an idle machine; generous for loaded CI runners).</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MailRig? _shared;
    private readonly RigLayout _layout;
    private Process? _postfix;
    private Process? _dovecot;
    private int _disposed;

    private MailRig(RigLayout layout, int smtpPort, int mxPort, int imapPort, string imapPassword)
    {
        _layout = layout;
        SmtpPort = smtpPort;
        MxPort = mxPort;
        ImapPort = imapPort;
        ImapPassword = imapPassword;
    }

    /// <summary>The host of every port of the rig.</summary>
    public string Host { get; } = "127.0.0.1";

    /// <summary>The SMTP port to send through (Postfix's smtpd; relays to the rig's MX, accepts from loopback, no auth, no TLS).</summary>
    public int SmtpPort { get; }

    /// <summary>The port of the refusing MX listener (for tests that want synchronous refusals instead of DSNs).</summary>
    public int MxPort { get; }

    /// <summary>The IMAP port (no TLS; plaintext login).</summary>
    public int ImapPort { get; }

    /// <summary>The IMAP user that receives all mail to <see cref="BounceDomain"/>.</summary>
    public string ImapUser { get; } = MailRigAddresses.BounceLocalPart;

    /// <summary>The IMAP password (random per run).</summary>
    public string ImapPassword { get; }

    /// <summary>The return-path domain whose mail lands in the IMAP mailbox.</summary>
    public string BounceDomain { get; } = MailRigAddresses.BounceDomain;

    /// <summary>The recipients' domain (see <see cref="MailRigAddresses"/> for which local parts bounce).</summary>
    public string RecipientDomain { get; } = MailRigAddresses.RecipientDomain;

    /// <summary>How long the start took (configuration, queue directories, both daemons greeting).</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>The rig's temporary directory (configuration, queue, Maildir, logs).</summary>
    public string RootDirectory => _layout.Root;

    /// <summary>
    /// Why the rig cannot run on this machine (not Linux, not root, Postfix or Dovecot missing), or null when it can.
    /// </summary>
    public static string? UnavailableReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the mail rig runs on Linux only";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "the mail rig needs root (Postfix's master and the switch to the mail user)";
        }

        if (FindTool("postconf") is null || FindTool("dovecot") is null)
        {
            return "Postfix or Dovecot is not installed (Debian: apt-get install postfix dovecot-imapd; .ci/run does this)";
        }

        return null;
    }

    /// <summary>The rig for this test process, started on first use and stopped when the process exits.</summary>
    public static async Task<MailRig> GetAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (_shared is null)
            {
                var reason = UnavailableReason();
                if (reason is not null)
                {
                    throw new InvalidOperationException($"The mail rig cannot start: {reason}.");
                }

                var rig = await StartWithRetryAsync(cancellationToken);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => rig.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _shared = rig;
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return ValueTask.CompletedTask;
        }

        if (_postfix is not null)
        {
            RigProcess.Stop(_postfix);
            _postfix.Dispose();
        }

        if (_dovecot is not null)
        {
            RigProcess.Stop(_dovecot);
            _dovecot.Dispose();
        }

        try
        {
            Directory.Delete(_layout.Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Starts the rig; a second attempt (new directory, new ports) covers a port taken between choosing and binding it.</summary>
    private static async Task<MailRig> StartWithRetryAsync(CancellationToken cancellationToken)
    {
        const int Attempts = 2;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartAsync(cancellationToken);
            }
            catch (InvalidOperationException) when (attempt < Attempts && !cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    private static async Task<MailRig> StartAsync(CancellationToken cancellationToken)
    {
        RigReaper.ReapOrphans();
        var root = Path.Combine(Path.GetTempPath(), $"{RigReaper.RootPrefix}{Guid.NewGuid():N}"[..18]);
        var layout = new RigLayout(root);
        var ports = FreePorts(3);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var rig = new MailRig(layout, ports[0], ports[1], ports[2], password);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var clock = Stopwatch.StartNew();
            await rig.StartInstancesAsync(timeout.Token);
            rig.StartDuration = clock.Elapsed;
            return rig;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var diagnostics = rig.Diagnostics();
            await rig.DisposeAsync();
            throw new InvalidOperationException($"The mail rig did not start: {e.Message}{Environment.NewLine}{diagnostics}", e);
        }
    }

    private async Task StartInstancesAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The mail rig runs on Linux only.");
        }

        const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var directory in new[] { _layout.Root, _layout.PostfixConfig, _layout.PostfixQueue, _layout.PostfixData, _layout.DovecotDirectory, _layout.MailRoot, _layout.BounceHome })
        {
            Directory.CreateDirectory(directory, Open);
        }

        var mailUid = int.Parse((await RigProcess.RunAsync("id", ["-u", "mail"], cancellationToken)).Trim(), CultureInfo.InvariantCulture);
        var mailGid = int.Parse((await RigProcess.RunAsync("id", ["-g", "mail"], cancellationToken)).Trim(), CultureInfo.InvariantCulture);
        await RigProcess.RunAsync("chown", ["-R", $"{mailUid}:{mailGid}", _layout.MailRoot], cancellationToken);
        await RigProcess.RunAsync("chown", ["postfix", _layout.PostfixData], cancellationToken);

        _postfix = await StartPostfixAsync(mailUid, mailGid, cancellationToken);
        _dovecot = StartDovecot(mailUid, mailGid);
        RigReaper.Record(_layout, _postfix, _dovecot);
        var postfix = _postfix;
        var dovecot = _dovecot;
        await Task.WhenAll(
            RigProcess.WaitForGreetingAsync(SmtpPort, "220 ", StartTimeout, () => postfix.HasExited, cancellationToken),
            RigProcess.WaitForGreetingAsync(MxPort, "220 ", StartTimeout, () => postfix.HasExited, cancellationToken),
            RigProcess.WaitForGreetingAsync(ImapPort, "* OK", StartTimeout, () => dovecot.HasExited, cancellationToken));
    }

    private async Task<Process> StartPostfixAsync(int mailUid, int mailGid, CancellationToken cancellationToken)
    {
        var config = _layout.PostfixConfig;
        await File.WriteAllTextAsync(Path.Combine(config, "main.cf"), PostfixConfiguration.MainCf(_layout, mailUid, mailGid), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "master.cf"), PostfixConfiguration.MasterCf(_layout, SmtpPort, MxPort), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "recipients.regexp"), PostfixConfiguration.RecipientsRegexp, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "mx-access.regexp"), PostfixConfiguration.MxAccessRegexp, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "mailboxes.regexp"), PostfixConfiguration.MailboxesRegexp, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "transport"), PostfixConfiguration.Transport(MxPort), cancellationToken);

        var postconf = FindTool("postconf")!;
        var directories = (await RigProcess.RunAsync(postconf, ["-c", config, "-h", "daemon_directory", "meta_directory", "command_directory"], cancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (daemonDirectory, metaDirectory, commandDirectory) = (directories[0], directories[1], directories[2]);
        await RigProcess.RunAsync(
            Path.Combine(daemonDirectory, "post-install"),
            [
                $"config_directory={config}", $"queue_directory={_layout.PostfixQueue}", $"data_directory={_layout.PostfixData}",
                $"meta_directory={metaDirectory}", $"command_directory={commandDirectory}", $"daemon_directory={daemonDirectory}",
                "create-missing",
            ],
            cancellationToken);
        return RigProcess.StartForeground(Path.Combine(daemonDirectory, "master"), ["-d", "-c", config], _layout.PostfixOutput);
    }

    private Process StartDovecot(int mailUid, int mailGid)
    {
        File.WriteAllText(_layout.DovecotConfig, DovecotConfiguration.Conf(_layout, ImapPort, mailUid, mailGid));
        File.WriteAllText(_layout.DovecotUsers, DovecotConfiguration.Users(_layout, ImapPassword, mailUid, mailGid));
        return RigProcess.StartForeground(FindTool("dovecot")!, ["-F", "-c", _layout.DovecotConfig], _layout.DovecotOutput);
    }

    private static string? FindTool(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/local/sbin", "/sbin"])
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
