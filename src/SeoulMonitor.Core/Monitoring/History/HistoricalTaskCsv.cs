using System.Text;
using nietras.SeparatedValues;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>
/// Reads a historical-task CSV: UTF-8 (a byte-order mark is allowed), comma-separated with RFC 4180 quoting, a header
/// naming <see cref="HistoryColumns.All"/> (any order), blank lines ignored. Every line is checked before anything is
/// written; the first bad line is refused with its number.
/// </summary>
internal static class HistoricalTaskCsv
{
    /// <summary>Reads at most <see cref="HistoryLimits.MaxCsvBytes"/> bytes of UTF-8 text.</summary>
    public static Task<Result<string>> ReadTextAsync(Stream content, CancellationToken cancellationToken) =>
        BoundedUtf8Text.ReadAsync(content, HistoryLimits.MaxCsvBytes, HistoryErrors.TooLarge, HistoryErrors.Encoding, cancellationToken);

    /// <summary>Parses and checks every line; <paramref name="today"/> (Seoul) bounds the end dates.</summary>
    public static Result<IReadOnlyList<HistoricalTaskRecord>> Parse(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return HistoryErrors.Empty;
        }

        try
        {
            using var reader = Sep.New(',')
                .Reader(static o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true })
                .FromText(text);
            if (!reader.MoveNext())
            {
                return HistoryErrors.Empty;
            }

            var header = Cells(reader.Current);
            var columns = HistoricalTaskLine.ColumnsOf(header);
            if (!columns.IsSuccess)
            {
                return columns.Error;
            }

            return ReadLines(reader, columns.Value, today);
        }
        catch (InvalidDataException)
        {
            return HistoryErrors.Malformed;
        }
    }

    private static Result<IReadOnlyList<HistoricalTaskRecord>> ReadLines(SepReader reader, int[] columns, DateOnly today)
    {
        var records = new List<HistoricalTaskRecord>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            if (records.Count == HistoryLimits.MaxRows)
            {
                return HistoryErrors.TooManyRows;
            }

            var record = LineOrError(row.LineNumberFrom, Cells(row), columns, today);
            if (!record.IsSuccess)
            {
                return record.Error;
            }

            if (!firstLineOfKey.TryAdd(record.Value.Key, record.Value.Line))
            {
                return HistoryErrors.Duplicate(record.Value.Line, record.Value.Key, firstLineOfKey[record.Value.Key]);
            }

            records.Add(record.Value);
        }

        return records.Count == 0 ? HistoryErrors.Empty : records;
    }

    private static string[] Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells;
    }

    private static Result<HistoricalTaskRecord> LineOrError(int line, string[] cells, int[] columns, DateOnly today) =>
        cells.Length != columns.Length ? HistoryErrors.Columns(line, cells.Length) : HistoricalTaskLine.Parse(line, cells, columns, today);
}
