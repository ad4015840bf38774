using System.Globalization;
using System.Text;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitors;

/// <summary>
/// The monitors' CSV download: UTF-8 with a byte-order mark (so spreadsheet programs keep Korean text intact), RFC 4180
/// quoting, and cells that would start a formula (<c>= + - @</c>) prefixed with an apostrophe.
/// </summary>
public static class MembershipCsv
{
    private static readonly string[] Header =
        ["id", "state", "state_ko", "name", "birth_date", "email", "mobile", "province_code", "district", "term_ends_on", "joined_at"];

    /// <summary>The file's bytes.</summary>
    public static byte[] ToUtf8WithBom(IEnumerable<MembershipView> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append("\r\n");
        foreach (var m in rows)
        {
            string[] cells =
            [
                m.Id.ToString("D"), m.State.ToString(), StatusNames.Korean(m.State), m.Name,
                m.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Email, m.Mobile, m.ProvinceCode, m.District,
                m.TermEndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.JoinedAt.ToString("O", CultureInfo.InvariantCulture),
            ];
            text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
