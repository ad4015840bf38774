using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>How an attribute condition of a segment compares (JSON <c>op</c>: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>exists</c>, <c>missing</c>).</summary>
public enum SegmentTraitOperator
{
    /// <summary>The attribute is present with exactly this value (one value).</summary>
    [Name("equals", "같음")]
    Eq,

    /// <summary>The attribute is not this value: a different value, or no such attribute (one value).</summary>
    [Name("does not equal", "같지 않음")]
    Neq,

    /// <summary>The attribute is present with one of these values (one or more values).</summary>
    [Name("is one of", "다음 중 하나")]
    In,

    /// <summary>The attribute is present, whatever its value (no values).</summary>
    [Name("exists", "있음")]
    Exists,

    /// <summary>The attribute is absent (no values).</summary>
    [Name("is missing", "없음")]
    Missing,
}
