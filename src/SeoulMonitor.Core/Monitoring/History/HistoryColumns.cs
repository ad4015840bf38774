namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>The columns of a historical-task CSV (header names, any order, all required, no others).</summary>
public static class HistoryColumns
{
    /// <summary>The program year, e.g. 2013.</summary>
    public const string Year = "year";

    /// <summary>The task's number within its year, 1–999.</summary>
    public const string Sequence = "seq";

    /// <summary>The title.</summary>
    public const string Title = "title";

    /// <summary>The first day of fieldwork, yyyy-MM-dd (Seoul).</summary>
    public const string StartDate = "start_date";

    /// <summary>The last day of fieldwork, yyyy-MM-dd (Seoul, inclusive).</summary>
    public const string EndDate = "end_date";

    /// <summary>The recorded number of participants.</summary>
    public const string Participants = "participants";

    /// <summary>The requesting department's name.</summary>
    public const string Department = "requesting_department";

    /// <summary>Every column, in the order of the embedded file.</summary>
    public static IReadOnlyList<string> All { get; } = [Year, Sequence, Title, StartDate, EndDate, Participants, Department];
}
