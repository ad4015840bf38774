using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>What one batch did: counts and the lines refused while loading (address conflicts, later withdrawals).</summary>
internal sealed class ImportBatchOutcome
{
    public int RowsLoaded { get; set; }

    public int SubscribersCreated { get; set; }

    public int ConsentsRecorded { get; set; }

    public int ConsentsUnchanged { get; set; }

    public List<(int Line, DomainError Error)> Rejected { get; } = [];

    public void Reject(int line, DomainError error) => Rejected.Add((line, error));
}
