namespace SeoulMonitor.Core.Monitoring.Reports;

/// <summary>One table of a report (a CSV section, an XLSX worksheet): cells are strings, integers or numbers.</summary>
internal sealed record ReportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows);
