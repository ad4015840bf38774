using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary>
/// Python's own codecs as the independent EUC-KR encoder: one <c>python3 -c</c> child process measures every string
/// (line breaks normalised to LF; a character is strict EUC-KR when 'cp949' and 'euc_kr' give the same two bytes, so
/// UHC-only syllables, which 'euc_kr' writes as an 8-byte jamo sequence, count as outside).
/// </summary>
internal static class TextIndependentEncoder
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, json
        def u16(s): return sum(2 if ord(c) > 0xFFFF else 1 for c in s)
        out = []
        for line in sys.stdin:
            s = json.loads(line)
            bad = -1
            for i, c in enumerate(s):
                if ord(c) < 0x80:
                    continue
                try:
                    a = c.encode('cp949'); b = c.encode('euc_kr')
                except UnicodeEncodeError:
                    bad = u16(s[:i]); break
                if a != b or len(a) != 2:
                    bad = u16(s[:i]); break
            n = -1 if bad >= 0 else len(s.replace('\r\n', '\n').replace('\r', '\n').encode('euc_kr'))
            out.append(json.dumps([n, bad]))
        sys.stdout.write('\n'.join(out) + '\n')
        """;

    /// <summary>For each text: its EUC-KR byte count (-1 when refused) and the UTF-16 index of the first character outside EUC-KR (-1 when none).</summary>
    public static IReadOnlyList<(int Bytes, int Bad)> Measure(IReadOnlyList<string> texts)
    {
        Assert.True(File.Exists(Python), "python3 is missing: apt-get install -y python3 (.ci/run does).");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var text in texts)
        {
            // The default JSON escaping keeps every line ASCII (lone surrogates included, as \uD800).
            process.StandardInput.Write(JsonSerializer.Serialize(text));
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 failed ({process.ExitCode}): {stderr.Result}");
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(texts.Count, lines.Length);
        return [.. lines.Select(static line =>
        {
            var pair = JsonSerializer.Deserialize<int[]>(line)!;
            return (pair[0], pair[1]);
        })];
    }
}
