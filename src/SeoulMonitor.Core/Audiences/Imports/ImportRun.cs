namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>
/// One staff import of subscribers and their consents from a CSV file: who, which file, when, the counts, and the
/// per-line problems (<see cref="ImportProblem"/>, the first <see cref="ImportLimits.MaxStoredProblems"/> kept).
/// </summary>
public sealed class ImportRun
{
    /// <summary>The run's id (also in each imported consent's evidence reference and event actor <c>import:{id}</c>).</summary>
    public Guid Id { get; init; }

    /// <summary>The staff member who uploaded the file.</summary>
    public string StaffId { get; init; } = string.Empty;

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The file's size in bytes.</summary>
    public long FileBytes { get; init; }

    /// <summary>Current state.</summary>
    public ImportRunState State { get; set; }

    /// <summary>When loading started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it completed or failed (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Data rows in the file.</summary>
    public int RowsTotal { get; set; }

    /// <summary>Rows loaded (including rows whose consents were already active).</summary>
    public int RowsLoaded { get; set; }

    /// <summary>Rows refused (each reported).</summary>
    public int RowsRejected { get; set; }

    /// <summary>New subscribers created.</summary>
    public int SubscribersCreated { get; set; }

    /// <summary>Consents recorded as active (new, or given again after they ended).</summary>
    public int ConsentsRecorded { get; set; }

    /// <summary>Consents that were already active and left as they were.</summary>
    public int ConsentsUnchanged { get; set; }

    /// <summary>Problems found (all counted; at most <see cref="ImportOptions.MaxStoredProblems"/> stored).</summary>
    public int ProblemsFound { get; set; }

    /// <summary>Why a failed run stopped.</summary>
    public string? FailureReason { get; set; }
}
