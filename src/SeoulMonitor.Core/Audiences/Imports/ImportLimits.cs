namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>The explicit limits of staff imports beyond the file limits in <see cref="AudienceLimits"/>.</summary>
public static class ImportLimits
{
    /// <summary>Rows per transaction by default.</summary>
    public const int DefaultBatchSize = 1_000;

    /// <summary>The largest batch (one transaction).</summary>
    public const int MaxBatchSize = 5_000;

    /// <summary>Problems stored per run (every problem is counted; the first ones are kept for the report).</summary>
    public const int MaxStoredProblems = 10_000;

    /// <summary>Columns of one file (the fixed columns plus <c>trait:</c> columns).</summary>
    public const int MaxColumns = 8 + AudienceLimits.MaxAttributes;

    /// <summary>The evidence column (a form id, call record…): the stored reference adds the import id.</summary>
    public const int EvidenceMaxLength = 400;

    /// <summary>The uploaded file's name as kept on the run.</summary>
    public const int FileNameMaxLength = 200;

    /// <summary>Characters of a region (province or district) cell.</summary>
    public const int RegionMaxLength = 40;

    /// <summary>Characters of the lists cell.</summary>
    public const int ListsMaxLength = AudienceLimits.MaxListsPerRequest * (AudienceLimits.ListKeyMaxLength + 1);

    /// <summary>Characters of the mobile cell.</summary>
    public const int MobileMaxLength = 30;

    /// <summary>Characters of the consented_at cell.</summary>
    public const int DateMaxLength = 40;

    /// <summary>Runs listed per page.</summary>
    public const int MaxPageSize = 100;
}
