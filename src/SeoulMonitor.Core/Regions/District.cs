namespace SeoulMonitor.Core.Regions;

/// <summary>A district-level unit (시·군·구) with the dates between which it exists.</summary>
/// <param name="ProvinceCode">The province's code.</param>
/// <param name="NameKo">Korean name (the stored, canonical name).</param>
/// <param name="NameEn">English name.</param>
/// <param name="ValidFrom">First day (Seoul calendar) on which the unit exists, or <see langword="null"/> if it always has.</param>
/// <param name="ValidTo">Last day on which the unit exists, or <see langword="null"/> if it still does.</param>
/// <param name="FireStationKo">The fire station (소방서) serving the district, when known.</param>
public sealed record District(
    string ProvinceCode, string NameKo, string NameEn, DateOnly? ValidFrom, DateOnly? ValidTo, string? FireStationKo)
{
    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || date >= ValidFrom.Value) && (ValidTo is null || date <= ValidTo.Value);

    /// <summary>Whether <paramref name="name"/> is this unit's Korean name or (ignoring case) its English name.</summary>
    public bool IsNamed(string name) =>
        string.Equals(NameKo, name, StringComparison.Ordinal) || string.Equals(NameEn, name, StringComparison.OrdinalIgnoreCase);
}
