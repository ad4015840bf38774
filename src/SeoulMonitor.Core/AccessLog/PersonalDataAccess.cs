namespace SeoulMonitor.Core.AccessLog;

/// <summary>One access by staff to personal data: who, when, which record, what for (append-only).</summary>
public sealed class PersonalDataAccess
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The handler's account.</summary>
    public required string ActorId { get; init; }

    /// <summary>The handler's kind of account.</summary>
    public required string ActorKind { get; init; }

    /// <summary>Whose data: the kind of record (<c>application</c>, <c>monitor</c>, …).</summary>
    public required string SubjectType { get; init; }

    /// <summary>Whose data: the record's identifier, or <c>*</c> for a list or download of many.</summary>
    public required string SubjectId { get; init; }

    /// <summary>What was done.</summary>
    public AccessAction Action { get; init; }

    /// <summary>The stated purpose of the access.</summary>
    public required string Purpose { get; init; }

    /// <summary>The recorded reason; required for downloads.</summary>
    public string? Reason { get; init; }

    /// <summary>How many records were disclosed.</summary>
    public int RecordCount { get; init; }

    /// <summary>The client address, when known.</summary>
    public string? SourceAddress { get; init; }
}
