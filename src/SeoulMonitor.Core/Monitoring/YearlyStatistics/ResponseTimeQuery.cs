using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>
/// Mean and median response times in SQL (a window function ranks each group's durations; the median is the mean of
/// the middle one or two). Both providers run the same statement; only the day difference of two instants differs:
/// PostgreSQL subtracts <c>timestamptz</c> values; SQLite decodes EF Core's binary instants
/// (<c>ticks/1000 &lt;&lt; 11 | offset minutes</c>) to UTC.
/// </summary>
internal static class ResponseTimeQuery
{
    /// <summary>Response times per year (key: the year) or, with <paramref name="byDepartment"/>, per department.</summary>
    public static async Task<Dictionary<string, ResponseTimes>> RunAsync(
        SeoulMonitorDbContext db, int from, int to, ResponseTimeMeasure measure, bool byDepartment, CancellationToken cancellationToken)
    {
        var end = measure == ResponseTimeMeasure.Acknowledgement ? "AcknowledgedAt" : "UpdatedAt";
        var answered = string.Join(", ", new[] { FindingState.Reflected, FindingState.PartiallyReflected, FindingState.NotReflected, FindingState.LongTermReview }
            .Select(s => $"'{s}'"));
        var condition = measure == ResponseTimeMeasure.Acknowledgement ? "f.\"AcknowledgedAt\" IS NOT NULL" : $"f.\"State\" IN ({answered})";
        var key = byDepartment ? "t.\"Department\"" : "CAST(t.\"Year\" AS TEXT)";
        var days = db.Provider == StorageProvider.PostgreSql
            ? $"CAST(EXTRACT(EPOCH FROM (f.\"{end}\" - f.\"SentAt\")) / 86400 AS double precision)"
            : $"(CAST((f.\"{end}\" >> 11) - (f.\"SentAt\" >> 11) - ({Offset($"f.\"{end}\"")} - {Offset("f.\"SentAt\"")}) * 600000 AS REAL) / 864000000.0)";
        var sql = string.Create(CultureInfo.InvariantCulture, $$"""
            WITH d AS (
                SELECT {{key}} AS "Key", {{days}} AS "Days"
                FROM "findings" f JOIN "monitoring_tasks" t ON t."Id" = f."TaskId"
                WHERE t."Year" >= {0} AND t."Year" <= {1} AND t."State" <> '{{MonitoringTaskState.Cancelled}}'
                  AND f."State" <> '{{FindingState.Draft}}' AND f."SentAt" IS NOT NULL AND {{condition}}
            ), r AS (
                SELECT "Key", "Days",
                       ROW_NUMBER() OVER (PARTITION BY "Key" ORDER BY "Days") AS rn,
                       COUNT(*) OVER (PARTITION BY "Key") AS n
                FROM d
            )
            SELECT "Key", COUNT(*) AS "Count", AVG("Days") AS "Mean",
                   AVG(CASE WHEN rn = (n + 1) / 2 OR rn = (n + 2) / 2 THEN "Days" END) AS "Median"
            FROM r GROUP BY "Key"
            """);
#pragma warning disable EF1002 // Only constants are interpolated; the years are parameters.
        var rows = await db.Database.SqlQueryRaw<ResponseTimeRow>(sql, from, to).ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        return rows.ToDictionary(r => r.Key, r => new ResponseTimes((int)r.Count, r.Mean, r.Median), StringComparer.Ordinal);
    }

    /// <summary>The signed offset in minutes kept in the low 11 bits of a binary instant (SQLite).</summary>
    private static string Offset(string column) => $"(({column} & 2047) - CASE WHEN ({column} & 1024) <> 0 THEN 2048 ELSE 0 END)";
}
