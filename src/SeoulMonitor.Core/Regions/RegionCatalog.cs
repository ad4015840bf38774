namespace SeoulMonitor.Core.Regions;

/// <summary>Placeholder: filled in by the Monitors feature (provinces and districts with validity dates).</summary>
public sealed class RegionCatalog
{
    private readonly HashSet<string> _provinces = ["11", "28", "41"];

    /// <summary>The catalogue loaded from the embedded regions table.</summary>
    public static RegionCatalog Default { get; } = new();

    /// <summary>Whether the province code is known.</summary>
    public bool HasProvince(string code) => _provinces.Contains(code);
}
