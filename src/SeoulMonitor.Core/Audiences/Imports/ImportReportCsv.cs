using System.Globalization;
using System.Text;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// The per-line report as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, formula-like cells prefixed with an
/// apostrophe; columns <c>line, column, code, message, message_ko</c>. It holds no personal data (messages never
/// repeat the cell's value for addresses).
/// </summary>
internal static class ImportReportCsv
{
    public const string Header = "line,column,code,message,message_ko\r\n";

    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    public static void Append(StringBuilder text, ImportProblem p) => text
        .Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
        .Append(Escape(p.Column ?? string.Empty)).Append(',')
        .Append(Escape(p.Code)).Append(',')
        .Append(Escape(p.Message)).Append(',')
        .Append(Escape(p.MessageKo)).Append("\r\n");

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
