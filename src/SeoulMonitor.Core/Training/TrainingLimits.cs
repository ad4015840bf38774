namespace SeoulMonitor.Core.Training;

/// <summary>Limits of training sessions and their fields.</summary>
public static class TrainingLimits
{
    /// <summary>Shortest title, in characters.</summary>
    public const int TitleMinLength = 2;

    /// <summary>Longest title, in characters.</summary>
    public const int TitleMaxLength = 100;

    /// <summary>Longest description, in characters.</summary>
    public const int DescriptionMaxLength = 4000;

    /// <summary>Longest location, in characters.</summary>
    public const int LocationMaxLength = 200;

    /// <summary>Longest reason, in characters.</summary>
    public const int ReasonMaxLength = 1000;

    /// <summary>Largest capacity of one session.</summary>
    public const int MaxCapacity = 1000;

    /// <summary>Longest session.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    /// <summary>How far ahead a session may be scheduled.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(730);

    /// <summary>Length of an attendance code.</summary>
    public const int CodeLength = 8;

    /// <summary>The attendance-code alphabet: no 0/O, 1/I/L look-alikes.</summary>
    public const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
}
