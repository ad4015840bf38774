namespace SeoulMonitor.Core.Monitoring.History;

/// <summary>What one import did.</summary>
/// <param name="Records">Data lines read from the CSV.</param>
/// <param name="Imported">Tasks created now.</param>
/// <param name="AlreadyPresent">Lines whose key was imported before (left unchanged).</param>
/// <param name="DepartmentsRegistered">Departments added to the department table (without a contact address).</param>
/// <param name="ImportedByYear">Tasks created now, per program year.</param>
public sealed record HistoryImportResult(
    int Records, int Imported, int AlreadyPresent, int DepartmentsRegistered, IReadOnlyDictionary<int, int> ImportedByYear);
