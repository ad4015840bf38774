using SpreadCheetah;

namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>Writes a task report as an XLSX workbook (one worksheet per table), streamed with SpreadCheetah.</summary>
public static class TaskReportXlsx
{
    /// <summary>The media type.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(TaskReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            foreach (var table in TaskReportTables.Of(report))
            {
                await spreadsheet.StartWorksheetAsync(table.Name, token: cancellationToken).ConfigureAwait(false);
                await spreadsheet.AddRowAsync(table.Header.Select(h => new DataCell(h)).ToArray(), cancellationToken).ConfigureAwait(false);
                foreach (var row in table.Rows)
                {
                    await spreadsheet.AddRowAsync(row.Select(Cell).ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }

            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DataCell Cell(object? value) => value switch
    {
        null => new DataCell((string?)null!),
        int i => new DataCell(i),
        double d => new DataCell(d),
        _ => new DataCell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
