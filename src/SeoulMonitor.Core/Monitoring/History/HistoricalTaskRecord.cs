namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>One checked line of a historical-task CSV.</summary>
/// <param name="Line">The line number in the file (the header is line 1).</param>
/// <param name="Year">The program year.</param>
/// <param name="Sequence">The task's number within its year.</param>
/// <param name="Title">The title.</param>
/// <param name="StartDate">The first day of fieldwork (Seoul).</param>
/// <param name="EndDate">The last day of fieldwork (Seoul, inclusive).</param>
/// <param name="Participants">The recorded number of participants.</param>
/// <param name="Department">The requesting department's name.</param>
public sealed record HistoricalTaskRecord(
    int Line, int Year, int Sequence, string Title, DateOnly StartDate, DateOnly EndDate, int Participants, string Department)
{
    /// <summary>The record's key, e.g. <c>2013-01</c> (stored as <see cref="Tasks.MonitoringTask.HistoricalKey"/>).</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year}-{Sequence:00}");
}
