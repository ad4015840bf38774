namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>One question of a task form.</summary>
public sealed record FormQuestion
{
    /// <summary>The question's key, unique within the form (lower-case letters, digits, <c>_</c>); answers are keyed by it.</summary>
    public required string Key { get; init; }

    /// <summary>What is asked.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>The question as monitors read it (Korean).</summary>
    public required string Label { get; init; }

    /// <summary>Whether an answer is required.</summary>
    public bool Required { get; init; }

    /// <summary>The choices (single and multiple choice).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Lowest rating (rating).</summary>
    public int? ScaleMin { get; init; }

    /// <summary>Highest rating (rating).</summary>
    public int? ScaleMax { get; init; }

    /// <summary>Longest answer in characters (texts).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Most photos (photo).</summary>
    public int? MaxPhotos { get; init; }

    /// <summary>Largest photo in bytes (photo).</summary>
    public long? MaxPhotoBytes { get; init; }
}
