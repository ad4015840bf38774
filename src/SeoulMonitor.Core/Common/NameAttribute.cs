namespace SeoulMonitor.Core.Common;

/// <summary>The English and Korean names of a status, event or other user-facing enum member.</summary>
/// <param name="english">English name.</param>
/// <param name="korean">Korean name.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Enum, AllowMultiple = false)]
public sealed class NameAttribute(string english, string korean) : Attribute
{
    /// <summary>English name.</summary>
    public string English { get; } = english;

    /// <summary>Korean name.</summary>
    public string Korean { get; } = korean;
}
