using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Mailing;

/// <summary>What an audience key names.</summary>
public enum AudienceKind
{
    /// <summary>The program's active monitors (<c>monitors…</c>).</summary>
    [Name("Monitors", "모니터")]
    Monitors,

    /// <summary>The consenting subscribers of one list (<c>list:{key}</c>).</summary>
    [Name("Mailing list", "수신 목록")]
    List,

    /// <summary>The consenting subscribers of a saved segment (<c>segment:{id}</c>).</summary>
    [Name("Segment", "세그먼트")]
    Segment,
}
