namespace SeoulMonitor.Core.Regions;

/// <summary>A province-level unit (시·도).</summary>
/// <param name="Code">The two-digit administrative code (11 Seoul, 28 Incheon, 41 Gyeonggi).</param>
/// <param name="NameKo">Korean name (서울특별시).</param>
/// <param name="NameEn">English name (Seoul).</param>
public sealed record Province(string Code, string NameKo, string NameEn);
