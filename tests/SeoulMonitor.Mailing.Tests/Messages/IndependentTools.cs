using System.Diagnostics;
using System.Text.Json;

namespace SeoulMonitor.Mailing.Tests.Messages;

/// <summary>Runs the independent checkers (Python's email package, python3-dkim) on messages written to files.</summary>
internal static class IndependentTools
{
    private const string Python = "/usr/bin/python3";

    public static JsonElement ParseMime(string emlPath)
    {
        var (exit, output) = Run("parse_mime.py", emlPath);
        Assert.True(exit == 0, $"parse_mime.py failed ({exit}): {output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public static (bool Passed, string Output) VerifyDkim(string emlPath, string txtRecord, string queryName)
    {
        var record = Path.ChangeExtension(emlPath, ".txt");
        File.WriteAllText(record, txtRecord);
        var (exit, output) = Run("verify_dkim.py", emlPath, record, queryName);
        Assert.True(exit != 3, "python3-dkim is missing: install python3-dkim (apt-get install -y python3-dkim); .ci/run does.");
        return (exit == 0 && output.Trim() == "pass", output);
    }

    private static (int Exit, string Output) Run(string script, params string[] args)
    {
        Assert.True(File.Exists(Python), "python3 is missing: install python3-dkim (apt-get install -y python3-dkim); .ci/run does.");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Messages", "Independent", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
