namespace SeoulMonitor.Core.Common;

/// <summary>The value of an operation that succeeds with nothing to return.</summary>
public readonly record struct Unit
{
    /// <summary>The only value.</summary>
    public static Unit Value => default;
}
