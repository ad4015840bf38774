namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>One refused line of an import: where (line and column), a stable code and the message in both languages.</summary>
public sealed class ImportProblem
{
    /// <summary>The problem's id (ascending in report order).</summary>
    public long Id { get; init; }

    /// <summary>The run.</summary>
    public Guid ImportRunId { get; init; }

    /// <summary>The line of the file where the row starts (the header is line 1).</summary>
    public int Line { get; init; }

    /// <summary>The column at fault (its header name), or null for the whole row.</summary>
    public string? Column { get; init; }

    /// <summary>Stable code, e.g. <c>subscriber.email.invalid</c> or <c>import.row.duplicate</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>English message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Korean message.</summary>
    public string MessageKo { get; init; } = string.Empty;
}
