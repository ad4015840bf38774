using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>An import run as shown to staff.</summary>
public sealed record ImportRunView(
    Guid Id,
    string StaffId,
    string FileName,
    long FileBytes,
    ImportRunState State,
    string StateKo,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int RowsTotal,
    int RowsLoaded,
    int RowsRejected,
    int SubscribersCreated,
    int ConsentsRecorded,
    int ConsentsUnchanged,
    int ProblemsFound,
    int ProblemsStored,
    string? FailureReason,
    IReadOnlyList<ImportProblemView> SampleProblems)
{
    internal static ImportRunView From(ImportRun run, int stored, IReadOnlyList<ImportProblemView> sample) => new(
        run.Id, run.StaffId, run.FileName, run.FileBytes, run.State, StatusNames.Korean(run.State), run.StartedAt, run.FinishedAt,
        run.RowsTotal, run.RowsLoaded, run.RowsRejected, run.SubscribersCreated, run.ConsentsRecorded, run.ConsentsUnchanged,
        run.ProblemsFound, stored, run.FailureReason, sample);
}
