namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// A parsed audience key of the monitors' segment syntax (see <see cref="AudienceKeys"/>): all active monitors,
/// optionally narrowed to one province and/or one district.
/// </summary>
/// <param name="ProvinceCode">The province code of residence (<c>11</c> for Seoul), or <see langword="null"/> for any.</param>
/// <param name="District">The district of residence (Korean name such as <c>마포구</c>), or <see langword="null"/> for any.</param>
public sealed record AudienceKey(string? ProvinceCode, string? District)
{
    /// <summary>The canonical text of the key (<c>monitors</c>, <c>monitors:province=11,district=마포구</c>).</summary>
    public override string ToString()
    {
        var filters = new List<string>(2);
        if (ProvinceCode is not null)
        {
            filters.Add($"{AudienceKeys.ProvinceFilter}={ProvinceCode}");
        }

        if (District is not null)
        {
            filters.Add($"{AudienceKeys.DistrictFilter}={District}");
        }

        return filters.Count == 0 ? AudienceKeys.Monitors : $"{AudienceKeys.Monitors}:{string.Join(',', filters)}";
    }
}
