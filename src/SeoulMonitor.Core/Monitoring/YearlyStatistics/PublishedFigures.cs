using System.Globalization;

namespace SeoulMonitor.Core.Monitoring.YearlyStatistics;

/// <summary>The program's published yearly figures, from the embedded <c>program-yearly-stats.csv</c>.</summary>
public static class PublishedFigures
{
    private const string ResourceName = "SeoulMonitor.Core.Monitoring.YearlyStatistics.program-yearly-stats.csv";

    /// <summary>Every published year, in order.</summary>
    public static IReadOnlyList<PublishedYearlyFigures> All { get; } = Load();

    /// <summary>The figures of one year, or <see langword="null"/>.</summary>
    public static PublishedYearlyFigures? Of(int year) => All.FirstOrDefault(f => f.Year == year);

    private static List<PublishedYearlyFigures> Load()
    {
        using var stream = typeof(PublishedFigures).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0] != "year,budget_thousand_krw,monitors,tasks")
        {
            throw new InvalidOperationException($"The embedded resource {ResourceName} has an unexpected header.");
        }

        return lines.Skip(1).Select(line => line.Split(',')).Select(c => new PublishedYearlyFigures(
                int.Parse(c[0], CultureInfo.InvariantCulture),
                int.Parse(c[2], CultureInfo.InvariantCulture),
                int.Parse(c[3], CultureInfo.InvariantCulture),
                long.Parse(c[1], CultureInfo.InvariantCulture)))
            .OrderBy(f => f.Year)
            .ToList();
    }
}
