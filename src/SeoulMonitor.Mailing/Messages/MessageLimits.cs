namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// The limits on templates, merge fields and rendered messages. Templates over a limit are refused at compile time
/// (<see cref="TemplateCompileResult"/>); a recipient whose fields or rendered message exceed one is refused at
/// composition (a permanent failure for that recipient, never an exception escaping the worker).
/// </summary>
public static class MessageLimits
{
    /// <summary>The longest subject template, in characters.</summary>
    public const int MaxSubjectTemplateLength = 2_000;

    /// <summary>The longest body template (HTML or text), in characters.</summary>
    public const int MaxBodyTemplateLength = 512 * 1024;

    /// <summary>The longest rendered subject, in characters (after control characters are replaced).</summary>
    public const int MaxRenderedSubjectLength = 998;

    /// <summary>The longest rendered body (each of HTML and text), in characters.</summary>
    public const int MaxRenderedBodyLength = 2 * 1024 * 1024;

    /// <summary>The most merge fields one recipient may carry.</summary>
    public const int MaxFieldCount = 100;

    /// <summary>The longest merge-field name, in characters.</summary>
    public const int MaxFieldNameLength = 64;

    /// <summary>The longest merge-field value, in characters.</summary>
    public const int MaxFieldValueLength = 8_192;

    /// <summary>The most template statements executed for one part of one message (loops included).</summary>
    public const int MaxRenderSteps = 200_000;

    /// <summary>The deepest template recursion.</summary>
    public const int MaxRecursion = 16;
}
