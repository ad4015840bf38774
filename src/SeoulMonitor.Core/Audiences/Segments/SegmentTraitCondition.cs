namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>One attribute condition of a segment.</summary>
/// <param name="Name">The attribute's name.</param>
/// <param name="Operator">How it compares.</param>
/// <param name="Values">The values (one for eq/neq, one or more for in, none for exists/missing).</param>
public sealed record SegmentTraitCondition(string Name, SegmentTraitOperator Operator, IReadOnlyList<string> Values);
