using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Incentives.Stipends;

/// <summary>
/// Writes and reads the bank-transfer CSV (RFC 4180, UTF-8 with BOM so that spreadsheet programs keep Korean names
/// intact). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
public static class PayoutCsv
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header { get; } = ["순번", "성명", "은행", "계좌번호", "연락처", "지급총액", "환수액", "금액", "적요"];

    /// <summary>The file's bytes.</summary>
    public static byte[] Write(IEnumerable<PayoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var row in rows)
        {
            string[] cells =
            [
                row.Number.ToString(CultureInfo.InvariantCulture), row.Name, row.Bank, row.AccountNumber, row.Mobile,
                row.Gross.ToString(CultureInfo.InvariantCulture), row.Recovered.ToString(CultureInfo.InvariantCulture),
                row.Amount.ToString(CultureInfo.InvariantCulture), row.Memo,
            ];
            text.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Reads a file written by <see cref="Write"/> (for reconciliation and tests).</summary>
    public static IReadOnlyList<PayoutRow> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var records = Parse(new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF'));
        return records.Skip(1).Where(r => r.Count == Header.Count).Select(r => new PayoutRow(
            int.Parse(r[0], CultureInfo.InvariantCulture), Unguard(r[1]), Unguard(r[2]), Unguard(r[3]), Unguard(r[4]),
            long.Parse(r[5], CultureInfo.InvariantCulture), long.Parse(r[6], CultureInfo.InvariantCulture), long.Parse(r[7], CultureInfo.InvariantCulture),
            Unguard(r[8]))).ToList();
    }

    private static string Escape(string value)
    {
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return guarded.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{guarded.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : guarded;
    }

    private static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                record.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(cell.ToString());
            records.Add(record);
        }

        return records;
    }
}
