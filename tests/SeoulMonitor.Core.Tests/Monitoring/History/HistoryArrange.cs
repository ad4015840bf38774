using System.Globalization;
using System.Text;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Monitoring.History;

/// <summary>The embedded records read independently of the importer, and import helpers.</summary>
internal static class HistoryArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-history");

    public const string Header = "year,seq,title,start_date,end_date,participants,requesting_department";

    /// <summary>The embedded CSV's data lines split naively (its cells hold no commas or quotes).</summary>
    public static IReadOnlyList<string[]> EmbeddedLines()
    {
        using var stream = typeof(HistoricalTaskImporter).Assembly
            .GetManifestResourceStream("SeoulMonitor.Core.Monitoring.History.monitoring-tasks-2013-2014.csv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1).Select(l => l.Split(',')).ToList();
    }

    /// <summary>Tasks per year in the file.</summary>
    public static int TasksIn(int year) => EmbeddedLines().Count(c => c[0] == Y(year));

    /// <summary>The sum of the participants column per year in the file.</summary>
    public static int ParticipantsIn(int year) =>
        EmbeddedLines().Where(c => c[0] == Y(year)).Sum(c => int.Parse(c[5], CultureInfo.InvariantCulture));

    public static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    public static Task<Result<HistoryImportResult>> ImportEmbeddedAsync(this CoreTestHost host, Actor? actor = null) =>
        host.RunAsync<HistoricalTaskImporter, Result<HistoryImportResult>>((s, ct) => s.ImportEmbeddedAsync(actor ?? Staff, ct));

    public static Task<Result<HistoryImportResult>> ImportCsvAsync(this CoreTestHost host, params string[] lines) =>
        host.RunAsync<HistoricalTaskImporter, Result<HistoryImportResult>>((s, ct) => s.ImportAsync(Staff, Csv(lines), ct));

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
