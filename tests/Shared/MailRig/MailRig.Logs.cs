using System.Diagnostics;

namespace SeoulMonitor.Testing;

/// <summary>The rig's logs: Postfix's maillog_file and Dovecot's log_path, plus what each master printed.</summary>
public sealed partial class MailRig
{
    /// <summary>How many lines of each log <see cref="Diagnostics"/> prints.</summary>
    public const int DiagnosticLines = 200;

    /// <summary>The tails of the Postfix and Dovecot logs, for a failing test's output.</summary>
    public string Diagnostics() => string.Join(
        Environment.NewLine,
        Tail("postfix log", _layout.PostfixLog),
        Tail("postfix master output", _layout.PostfixOutput),
        Tail("dovecot log", _layout.DovecotLog),
        Tail("dovecot output", _layout.DovecotOutput));

    /// <summary>Every line of the Postfix log so far.</summary>
    public IReadOnlyList<string> PostfixLogLines() => ReadLines(_layout.PostfixLog);

    /// <summary>
    /// Polls the Postfix log until a line matches (a delivery's <c>status=sent</c>, a refusal) and returns it; throws a
    /// <see cref="TimeoutException"/> carrying <see cref="Diagnostics"/> otherwise.
    /// </summary>
    public async Task<string> WaitForPostfixLogAsync(Func<string, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var line = PostfixLogLines().FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"No matching Postfix log line within {timeout}.{Environment.NewLine}{Diagnostics()}");
            }

            await Task.Delay(MailboxPollInterval, TimeProvider.System, cancellationToken);
        }
    }

    private static string[] ReadLines(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (FileNotFoundException)
        {
            return ["(no file)"];
        }
        catch (DirectoryNotFoundException)
        {
            return ["(no file)"];
        }
        catch (IOException e)
        {
            return [$"(unreadable: {e.Message})"];
        }
    }

    private static string Tail(string title, string file)
    {
        var lines = ReadLines(file);
        return $"----- {title} ({file}) -----{Environment.NewLine}{string.Join(Environment.NewLine, lines.TakeLast(DiagnosticLines))}";
    }
}
