using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace SeoulMonitor.Mailing.Tests.Resilience;

/// <summary>
/// One run of the crash harness (<c>dotnet SeoulMonitor.Mailing.CrashHarness.dll …</c>) as a child process: killed with
/// SIGKILL (<see cref="Process.Kill(bool)"/> on Linux) or stopped with SIGTERM; its output is kept for failure messages.
/// </summary>
internal sealed class CrashHarnessProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<string> _lines = [];

    private CrashHarnessProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The harness next to the test assembly, or in its own bin folder (the path the build recorded).</summary>
    public static string Locate()
    {
        const string name = "SeoulMonitor.Mailing.CrashHarness.dll";
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(beside))
        {
            return beside;
        }

        var recorded = typeof(CrashHarnessProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CrashHarnessPath").Value!;
        var full = Path.GetFullPath(recorded);
        Assert.True(File.Exists(full), $"The crash harness was not built: {full}");
        return full;
    }

    public static CrashHarnessProcess Start(CrashWorkspace workspace, string smtpHost, int smtpPort, int recipients, int connections) =>
        Start(
        [
            "--smtp", string.Create(CultureInfo.InvariantCulture, $"{smtpHost}:{smtpPort}"), "--ledger", workspace.LedgerPath,
            "--journal", workspace.JournalDirectory, "--campaign", workspace.CampaignId.ToString(),
            "--recipients", recipients.ToString(CultureInfo.InvariantCulture), "--connections", connections.ToString(CultureInfo.InvariantCulture),
        ]);

    /// <summary>Starts the harness with the given command line (see its <c>HarnessArguments</c>); standard input stays open for commands.</summary>
    public static CrashHarnessProcess Start(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Locate());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new CrashHarnessProcess(Process.Start(info)!);
    }

    /// <summary>Sends one control command (<c>pause</c>, <c>resume</c>, …) and waits for its answer line.</summary>
    public async Task<string> CommandAsync(string command, TimeSpan timeout)
    {
        var before = Lines().Count;
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await WaitForLineAsync(line => line.StartsWith(command + " ", StringComparison.Ordinal), timeout, before);
    }

    /// <summary>Waits until the harness prints a line that matches (from line <paramref name="from"/> on).</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, int from = 0)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var lines = Lines();
            for (var i = from; i < lines.Count; i++)
            {
                if (match(lines[i]))
                {
                    return lines[i];
                }
            }

            if (clock.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"The harness printed no expected line within {timeout} (exited: {_process.HasExited}): {Output}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>kill -9 (the whole tree), then waits until the process is gone.</summary>
    public async Task KillAsync(TimeSpan timeout)
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    /// <summary>SIGTERM: the harness stops the engine gracefully and exits.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().WaitAsync(timeout);
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            _lines.Add(line);
        }
    }

    private List<string> Lines()
    {
        lock (_output)
        {
            return [.. _lines];
        }
    }
}
