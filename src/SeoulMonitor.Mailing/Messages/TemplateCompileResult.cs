using System.Diagnostics.CodeAnalysis;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>The outcome of <see cref="CampaignTemplates.Compile"/>: the templates, or which part failed and why.</summary>
public sealed record TemplateCompileResult
{
    private TemplateCompileResult(CampaignTemplates? templates, TemplatePart? failedPart, string? error)
        => (Templates, FailedPart, Error) = (templates, failedPart, error);

    /// <summary>Whether every part compiled.</summary>
    [MemberNotNullWhen(true, nameof(Templates))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Templates is not null;

    /// <summary>The compiled templates when <see cref="Succeeded"/>.</summary>
    public CampaignTemplates? Templates { get; }

    /// <summary>The part that failed, or <see langword="null"/> when the failure concerns the whole message (no body).</summary>
    public TemplatePart? FailedPart { get; }

    /// <summary>What is wrong, for a problem response (the parser's message with line and column).</summary>
    public string? Error { get; }

    internal static TemplateCompileResult Success(CampaignTemplates templates) => new(templates, null, null);

    internal static TemplateCompileResult Failure(TemplatePart? part, string error) => new(null, part, error);
}
