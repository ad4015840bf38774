using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Incentives.Budget;

/// <summary>
/// Reads a budget file: UTF-8 (a byte-order mark is allowed), comma-separated with RFC 4180 quoting, the header
/// <c>category,line</c> then year columns (<see cref="BudgetFileColumn"/>), amounts in thousand won, blank lines
/// ignored. A zero amount means the line has no budget that year (no line is created). Every line is checked before
/// anything is written; the first bad line is refused with its number.
/// </summary>
internal static class BudgetFile
{
    /// <summary>Reads at most <see cref="BudgetLimits.MaxFileBytes"/> bytes of UTF-8 text; bad bytes are refused with their line.</summary>
    public static Task<Result<string>> ReadTextAsync(Stream content, CancellationToken cancellationToken) =>
        BoundedUtf8Text.ReadAsync(content, BudgetLimits.MaxFileBytes, BudgetFileErrors.TooLarge, BudgetFileErrors.EncodingAt, cancellationToken);

    /// <summary>Parses and checks every line.</summary>
    public static Result<IReadOnlyList<BudgetFileRecord>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return BudgetFileErrors.Empty;
        }

        try
        {
            using var reader = Sep.New(',')
                .Reader(static o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true })
                .FromText(text);
            if (!reader.MoveNext())
            {
                return BudgetFileErrors.Empty;
            }

            var columns = Header(Cells(reader.Current));
            return columns.IsSuccess ? ReadLines(reader, columns.Value) : columns.Error;
        }
        catch (InvalidDataException)
        {
            return BudgetFileErrors.Malformed;
        }
    }

    private static Result<BudgetFileColumn[]> Header(string[] header)
    {
        if (header.Length < 3 || header[0].Trim() != "category" || header[1].Trim() != "line")
        {
            return BudgetFileErrors.Header("The first columns are not category,line.", "첫 열이 category,line이 아닙니다.");
        }

        if (header.Length - 2 > BudgetLimits.MaxFileYears)
        {
            return BudgetFileErrors.Header($"At most {BudgetLimits.MaxFileYears} year columns.", $"연도 열은 {BudgetLimits.MaxFileYears}개 이하여야 합니다.");
        }

        var columns = new BudgetFileColumn[header.Length - 2];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = BudgetFileColumn.Parse(header[i + 2].Trim());
            if (column is null || column.Year is < IncentiveLimits.MinYear or > IncentiveLimits.MaxYear)
            {
                return BudgetFileErrors.Header($"The column '{header[i + 2]}' is not a year column.", $"'{header[i + 2]}' 열은 연도 열이 아닙니다.");
            }

            if (columns.Take(i).Any(c => c.Year == column.Year))
            {
                return BudgetFileErrors.Header($"The year {column.Year} appears twice.", $"{column.Year}년 열이 두 번 있습니다.");
            }

            columns[i] = column;
        }

        return columns;
    }

    private static Result<IReadOnlyList<BudgetFileRecord>> ReadLines(SepReader reader, BudgetFileColumn[] columns)
    {
        var records = new List<BudgetFileRecord>();
        var firstLine = new Dictionary<(string, string), int>();
        var perYear = new Dictionary<int, int>();
        var rows = 0;
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            if (++rows > BudgetLimits.MaxFileRows)
            {
                return BudgetFileErrors.TooManyRows;
            }

            var line = row.LineNumberFrom;
            var cells = Cells(row);
            if (cells.Length != columns.Length + 2)
            {
                return BudgetFileErrors.Columns(line, columns.Length + 2, cells.Length);
            }

            var lineRecords = ParseLine(line, cells, columns);
            if (!lineRecords.IsSuccess)
            {
                return lineRecords.Error;
            }

            var key = (cells[0].Trim(), cells[1].Trim());
            if (!firstLine.TryAdd(key, line))
            {
                return BudgetFileErrors.Duplicate(line, firstLine[key]);
            }

            foreach (var record in lineRecords.Value)
            {
                var count = perYear[record.Year] = perYear.GetValueOrDefault(record.Year) + 1;
                if (count > BudgetLimits.MaxLinesPerYear)
                {
                    return BudgetFileErrors.TooManyLinesInYear(line, record.Column);
                }
            }

            records.AddRange(lineRecords.Value);
        }

        return rows == 0 ? BudgetFileErrors.Empty : records;
    }

    private static Result<List<BudgetFileRecord>> ParseLine(int line, string[] cells, BudgetFileColumn[] columns)
    {
        var category = cells[0].Trim();
        var name = cells[1].Trim();
        if (category.Length is 0 or > IncentiveLimits.NameMaxLength)
        {
            return BudgetFileErrors.Text(line, "category");
        }

        if (name.Length is 0 or > IncentiveLimits.NameMaxLength)
        {
            return BudgetFileErrors.Text(line, "line");
        }

        var purpose = BudgetPurposeMapping.Of(name);
        var records = new List<BudgetFileRecord>(columns.Length);
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            if (!long.TryParse(cells[i + 2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var thousands) ||
                thousands > IncentiveLimits.MaxLineAmount / BudgetLimits.FileUnitWon)
            {
                return BudgetFileErrors.Amount(line, column.Name);
            }

            if (thousands > 0)
            {
                records.Add(new BudgetFileRecord(line, column.Name, column.Year, category, name, purpose, thousands * BudgetLimits.FileUnitWon, column.IsSettled));
            }
        }

        return records;
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
}
