using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Reports;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Incentives.Insurance;

/// <summary>
/// The insurer's roster file: UTF-8 with a byte-order mark (Korean stays intact in spreadsheet programs), CRLF line ends,
/// RFC 4180 quoting, formula-looking text neutralised; columns 성명, 생년월일, 연락처, 보장 시작, 보장 종료, 과제명 (times in
/// Seoul, <c>yyyy-MM-dd HH:mm</c>), one row per covered monitor ordered by name.
/// </summary>
internal static class RosterCsv
{
    public static readonly string[] Header = ["성명", "생년월일", "연락처", "보장 시작", "보장 종료", "과제명"];

    public static async Task<List<(string Name, DateOnly BirthDate, string Mobile)>> RowsAsync(SeoulMonitorDbContext db, Guid rosterId, CancellationToken ct)
    {
        var rows = await db.Set<CoverageMember>().AsNoTracking().Where(m => m.RosterId == rosterId)
            .Join(db.Set<Membership>().AsNoTracking(), c => c.MonitorId, m => m.Id, (c, m) => new { m.Id, m.Name, m.BirthDate, m.Mobile })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => (r.Name, r.BirthDate, r.Mobile))];
    }

    public static byte[] Write(IEnumerable<(string Name, DateOnly BirthDate, string Mobile)> rows, CoverageRoster roster, string taskTitle)
    {
        var start = Time(roster.CoverageStart);
        var end = Time(roster.CoverageEnd);
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var (name, birthDate, mobile) in rows)
        {
            string[] cells = [name, birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Phone(mobile), start, end, taskTitle];
            text.Append(string.Join(',', cells.Select(TaskReportCsv.Field))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Time(DateTimeOffset instant) =>
        SeoulCalendar.ToSeoul(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Phone(string mobile) =>
        mobile.Length == 11 ? $"{mobile[..3]}-{mobile[3..7]}-{mobile[7..]}" : mobile;
}
