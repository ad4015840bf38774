using System.Globalization;

namespace SeoulMonitor.Core.Regions;

/// <summary>
/// The provinces and districts the program knows, with validity dates (Incheon's 중구/동구 end on 2026-06-30 and
/// 제물포구/영종구/검단구 begin on 2026-07-01). Loaded from the embedded <c>SeoulMonitor.Core.Regions.regions.csv</c>.
/// </summary>
public sealed class RegionCatalog
{
    private const string ResourceName = "SeoulMonitor.Core.Regions.regions.csv";

    private RegionCatalog(IReadOnlyList<Province> provinces, IReadOnlyList<District> districts)
    {
        Provinces = provinces;
        Districts = districts;
    }

    /// <summary>The catalogue loaded from the embedded regions table.</summary>
    public static RegionCatalog Default { get; } = Load();

    /// <summary>Every province, in table order.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Every district of every period, in table order.</summary>
    public IReadOnlyList<District> Districts { get; }

    /// <summary>Whether the province code is known.</summary>
    public bool HasProvince(string code) => Provinces.Any(p => p.Code == code);

    /// <summary>The province with this code, Korean name or English name (ignoring case), or <see langword="null"/>.</summary>
    public Province? FindProvince(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = codeOrName.Trim();
        return Provinces.FirstOrDefault(p =>
            p.Code == key || p.NameKo == key || string.Equals(p.NameEn, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The district of the province named <paramref name="name"/> (Korean or English) that exists on <paramref name="date"/>.</summary>
    public District? FindDistrict(string provinceCode, string name, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        return Districts.FirstOrDefault(d => d.ProvinceCode == provinceCode && d.IsNamed(key) && d.IsValidOn(date));
    }

    /// <summary>The districts of a province that exist on <paramref name="date"/>.</summary>
    public IReadOnlyList<District> DistrictsOn(string provinceCode, DateOnly date) =>
        Districts.Where(d => d.ProvinceCode == provinceCode && d.IsValidOn(date)).ToList();

    /// <summary>Parses a catalogue from CSV text with the columns of the embedded table.</summary>
    public static RegionCatalog Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var provinces = new List<Province>();
        var districts = new List<District>();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length != 8)
            {
                throw new FormatException($"Region row '{line}' does not have 8 columns.");
            }

            if (!provinces.Any(p => p.Code == cells[0]))
            {
                provinces.Add(new Province(cells[0], cells[1], cells[2]));
            }

            districts.Add(new District(cells[0], cells[3], cells[4], ParseDate(cells[5]), ParseDate(cells[6]), cells[7].Length == 0 ? null : cells[7]));
        }

        return new RegionCatalog(provinces, districts);
    }

    private static DateOnly? ParseDate(string cell) =>
        cell.Length == 0 ? null : DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RegionCatalog Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
