namespace SeoulMonitor.Core.Monitoring.Forms;

/// <summary>Limits of task form definitions (each tested at its boundary).</summary>
public static class FormLimits
{
    /// <summary>Most questions of one form.</summary>
    public const int MaxQuestions = 100;

    /// <summary>Longest question key; keys match <c>^[a-z][a-z0-9_]{0,63}$</c>.</summary>
    public const int KeyMaxLength = 64;

    /// <summary>Longest question label, in characters.</summary>
    public const int LabelMaxLength = 500;

    /// <summary>Lowest allowed rating-scale value.</summary>
    public const int ScaleLowest = 0;

    /// <summary>Highest allowed rating-scale value (so a scale has at most 11 points).</summary>
    public const int ScaleHighest = 10;

    /// <summary>Fewest choices of a choice question.</summary>
    public const int MinChoices = 2;

    /// <summary>Most choices of a choice question.</summary>
    public const int MaxChoices = 50;

    /// <summary>Longest choice, in characters.</summary>
    public const int ChoiceMaxLength = 200;

    /// <summary>Largest <c>maxLength</c> of a text question.</summary>
    public const int TextMaxLength = 4000;

    /// <summary>Default <c>maxLength</c> of a short text.</summary>
    public const int DefaultShortTextLength = 200;

    /// <summary>Default <c>maxLength</c> of a long text.</summary>
    public const int DefaultLongTextLength = 4000;

    /// <summary>Fewest photos a photo question may allow.</summary>
    public const int MinPhotos = 1;

    /// <summary>Most photos a photo question may allow.</summary>
    public const int MaxPhotos = 10;

    /// <summary>Default most photos.</summary>
    public const int DefaultMaxPhotos = 5;

    /// <summary>Smallest per-photo size limit, in bytes.</summary>
    public const long MinPhotoBytes = 1024;

    /// <summary>Largest per-photo size limit, in bytes (15 MiB).</summary>
    public const long MaxPhotoBytes = 15L * 1024 * 1024;

    /// <summary>Default per-photo size limit, in bytes (10 MiB).</summary>
    public const long DefaultMaxPhotoBytes = 10L * 1024 * 1024;

    /// <summary>Most form versions listed at once.</summary>
    public const int MaxVersionsListed = 500;
}
