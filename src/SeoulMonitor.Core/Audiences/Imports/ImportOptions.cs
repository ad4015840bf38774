namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// Limits of one staff import (section <c>SeoulMonitor:Audiences:Imports</c>). Each may be lowered, never raised above
/// the hard limits in <see cref="AudienceLimits"/> and <see cref="ImportLimits"/>.
/// </summary>
public sealed class ImportOptions
{
    /// <summary>Data rows one file may have (header not counted). Default and maximum <see cref="AudienceLimits.MaxImportRows"/>.</summary>
    public int MaxRows { get; set; } = AudienceLimits.MaxImportRows;

    /// <summary>Bytes one file may have. Default and maximum <see cref="AudienceLimits.MaxImportBytes"/>.</summary>
    public long MaxBytes { get; set; } = AudienceLimits.MaxImportBytes;

    /// <summary>Rows loaded per transaction. Default <see cref="ImportLimits.DefaultBatchSize"/>; 1 to <see cref="ImportLimits.MaxBatchSize"/>.</summary>
    public int BatchSize { get; set; } = ImportLimits.DefaultBatchSize;

    /// <summary>Problems stored per run for the downloadable report (the rest are counted). Default and maximum <see cref="ImportLimits.MaxStoredProblems"/>.</summary>
    public int MaxStoredProblems { get; set; } = ImportLimits.MaxStoredProblems;
}
