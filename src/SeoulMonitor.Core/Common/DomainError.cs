namespace SeoulMonitor.Core.Common;

/// <summary>
/// A typed, expected refusal: a stable machine-readable <see cref="Code"/> plus an English and a Korean message.
/// </summary>
/// <param name="Code">Stable, dotted, lower-case code such as <c>application.birth_date.invalid</c>.</param>
/// <param name="Kind">How the refusal maps onto a client-facing outcome.</param>
/// <param name="Message">English message.</param>
/// <param name="MessageKo">Korean message.</param>
/// <param name="Field">The input field at fault, when there is one.</param>
public sealed record DomainError(string Code, ErrorKind Kind, string Message, string MessageKo, string? Field = null)
{
    /// <summary>Creates a validation error for one input field.</summary>
    public static DomainError Validation(string code, string field, string message, string messageKo) =>
        new(code, ErrorKind.Validation, message, messageKo, field);

    /// <summary>Creates a not-found error.</summary>
    public static DomainError NotFound(string code, string message, string messageKo) =>
        new(code, ErrorKind.NotFound, message, messageKo);

    /// <summary>Creates a state conflict error.</summary>
    public static DomainError Conflict(string code, string message, string messageKo) =>
        new(code, ErrorKind.Conflict, message, messageKo);

    /// <summary>Creates a forbidden error.</summary>
    public static DomainError Forbidden(string code, string message, string messageKo) =>
        new(code, ErrorKind.Forbidden, message, messageKo);

    /// <summary>Creates a business-rule refusal.</summary>
    public static DomainError Rule(string code, string message, string messageKo) =>
        new(code, ErrorKind.Rule, message, messageKo);
}
