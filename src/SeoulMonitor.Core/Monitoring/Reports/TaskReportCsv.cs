using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>
/// Writes a task report as CSV: UTF-8 with a byte-order mark (so spreadsheet programs keep Korean intact), RFC 4180
/// quoting and CRLF line ends; one section per table, each with a title line and a header, separated by a blank line.
/// Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
/// </summary>
public static class TaskReportCsv
{
    /// <summary>The media type.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(TaskReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            var first = true;
            foreach (var table in TaskReportTables.Of(report))
            {
                if (!first)
                {
                    await writer.WriteLineAsync().ConfigureAwait(false);
                }

                first = false;
                await writer.WriteLineAsync(Field(table.Name)).ConfigureAwait(false);
                await writer.WriteLineAsync(Line(table.Header)).ConfigureAwait(false);
                foreach (var row in table.Rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.WriteLineAsync(Line(row)).ConfigureAwait(false);
                }
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Line(IEnumerable<object?> cells) => string.Join(",", cells.Select(Cell));

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Field(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>One RFC 4180 field.</summary>
    internal static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
