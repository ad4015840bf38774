namespace SeoulMonitor.Core.Common;

/// <summary>How a refused operation maps onto a client-facing outcome.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or out of range (HTTP 400).</summary>
    Validation,

    /// <summary>The addressed record does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The record exists but its current state refuses the operation (HTTP 409).</summary>
    Conflict,

    /// <summary>The caller may not perform the operation on this record (HTTP 403).</summary>
    Forbidden,

    /// <summary>The input is well-formed but a business rule refuses it (HTTP 422).</summary>
    Rule,
}
