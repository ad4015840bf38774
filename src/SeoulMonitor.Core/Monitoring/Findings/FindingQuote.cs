namespace SeoulMonitor.Core.Monitoring.Findings;

/// <summary>A representative quote of a finding, taken (and redacted by staff) from a submission's answer.</summary>
public sealed class FindingQuote
{
    /// <summary>The quote's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The finding.</summary>
    public Guid FindingId { get; init; }

    /// <summary>The submission it came from.</summary>
    public Guid SubmissionId { get; init; }

    /// <summary>The quoted text, free of personal data.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Display order within the finding.</summary>
    public int Order { get; set; }
}
