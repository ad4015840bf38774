namespace SeoulMonitor.Core.AccessLog;

/// <summary>What a caller declares when it reads personal data.</summary>
/// <param name="SubjectType">The kind of record (<c>application</c>, <c>monitor</c>, …).</param>
/// <param name="SubjectId">The record, or <c>*</c> for many.</param>
/// <param name="Action">What is done.</param>
/// <param name="Purpose">Why (required).</param>
/// <param name="Reason">The download reason (required for <see cref="AccessAction.Download"/>).</param>
/// <param name="RecordCount">How many records are disclosed.</param>
/// <param name="SourceAddress">The client address, when known.</param>
public sealed record AccessRequest(
    string SubjectType,
    string SubjectId,
    AccessAction Action,
    string? Purpose,
    string? Reason = null,
    int RecordCount = 1,
    string? SourceAddress = null);
