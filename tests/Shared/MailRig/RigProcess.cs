using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace SeoulMonitor.Testing;

/// <summary>
/// Process helpers of the mail rig: run a tool to completion, start a daemon in the foreground as a child, stop it with
/// SIGTERM (Postfix's master and Dovecot's master stop their own children on SIGTERM; SIGKILL would orphan them) and
/// wait until a TCP service greets.
/// </summary>
internal static class RigProcess
{
    /// <summary>How long a daemon gets to stop after SIGTERM before its whole process tree is killed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>How long a one-shot tool (chown, post-install, postconf, id) may run.</summary>
    public static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs a tool to completion and returns its standard output; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(info)} did not finish within {ToolTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Describe(info)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }

    /// <summary>Starts a daemon that stays in the foreground; its standard output and error go to <paramref name="outputFile"/>.</summary>
    public static Process StartForeground(string fileName, IEnumerable<string> arguments, string outputFile)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StreamWriter(outputFile, append: true, Encoding.UTF8) { AutoFlush = true };
        var gate = new Lock();
        void Write(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (gate)
            {
                output.WriteLine(e.Data);
            }
        }

        process.OutputDataReceived += Write;
        process.ErrorDataReceived += Write;
        process.Exited += (_, _) =>
        {
            lock (gate)
            {
                output.Dispose();
            }
        };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Sends SIGTERM, waits <see cref="StopGrace"/>, then kills the whole tree if it is still there.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
            {
                kill?.WaitForExit(StopGrace);
            }

            if (!process.WaitForExit(StopGrace))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(StopGrace);
            }
        }
        catch (InvalidOperationException)
        {
            // The process is gone already.
        }
    }

    /// <summary>Waits until a TCP service on 127.0.0.1 sends a greeting starting with <paramref name="greeting"/>.</summary>
    public static async Task WaitForGreetingAsync(int port, string greeting, TimeSpan timeout, Func<bool> hasExited, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < timeout)
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"The daemon for port {port} exited during start.");
            }

            try
            {
                using var client = new TcpClient();
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(2));
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port, attempt.Token);
                using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
                var line = await reader.ReadLineAsync(attempt.Token);
                if (line is not null && line.StartsWith(greeting, StringComparison.Ordinal))
                {
                    return;
                }

                last = new InvalidOperationException($"Port {port} greeted with '{line}'.");
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = e;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, cancellationToken);
        }

        throw new TimeoutException($"Nothing greeted with '{greeting}' on 127.0.0.1:{port} within {timeout}.", last);
    }

    private static string Describe(ProcessStartInfo info) => $"{info.FileName} {string.Join(' ', info.ArgumentList)}";
}
