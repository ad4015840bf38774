namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>A page of the suppression list in id order.</summary>
/// <param name="Items">The entries.</param>
/// <param name="NextAfter">The <c>after</c> of the next page, or null at the end.</param>
public sealed record SuppressionPage(IReadOnlyList<SuppressionView> Items, long? NextAfter);
