using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using SeoulMonitor.Core.Monitoring.Reports;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>A task's consolidated report as CSV or XLSX, streamed to the response (staff, or the task's department).</summary>
internal static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks/{id:guid}").WithTags("Reports");
        group.MapGet("/report.csv", CsvAsync).RequireStaffOrDepartment();
        group.MapGet("/report.xlsx", XlsxAsync).RequireStaffOrDepartment();
        return routes;
    }

    public static Task<IResult> CsvAsync(Guid id, ClaimsPrincipal user, TaskReportService reports, CancellationToken cancellationToken) =>
        StreamAsync(id, user, reports, TaskReportCsv.ContentType, "csv", TaskReportCsv.WriteAsync, cancellationToken);

    public static Task<IResult> XlsxAsync(Guid id, ClaimsPrincipal user, TaskReportService reports, CancellationToken cancellationToken) =>
        StreamAsync(id, user, reports, TaskReportXlsx.ContentType, "xlsx", TaskReportXlsx.WriteAsync, cancellationToken);

    private static async Task<IResult> StreamAsync(
        Guid id, ClaimsPrincipal user, TaskReportService reports, string contentType, string extension,
        Func<TaskReport, Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(id, user.ToActor(), cancellationToken);
        if (!report.IsSuccess)
        {
            return report.Error.ToProblem();
        }

        return TypedResults.Stream(
            async body =>
            {
                // The XLSX zip writer finishes with synchronous writes, which the server refuses: buffer (in memory,
                // then a temporary file past 32 KiB) and drain asynchronously.
                var buffer = new FileBufferingWriteStream();
                await using (buffer.ConfigureAwait(false))
                {
                    await write(report.Value, buffer, cancellationToken);
                    await buffer.DrainBufferAsync(body, cancellationToken);
                }
            },
            contentType,
            $"task-report-{id:N}.{extension}");
    }
}
