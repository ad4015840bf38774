using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>Where an import run is.</summary>
public enum ImportRunState
{
    /// <summary>Rows are being loaded.</summary>
    [Name("Running", "진행 중")]
    Running,

    /// <summary>Every row was read: the good ones loaded, the bad ones reported.</summary>
    [Name("Completed", "완료")]
    Completed,

    /// <summary>Stopped by an error or cancellation: the batches committed before it stay loaded.</summary>
    [Name("Failed", "실패")]
    Failed,
}
