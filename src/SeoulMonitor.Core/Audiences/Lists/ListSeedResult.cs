namespace SeoulMonitor.Core.Audiences.Lists;

/// <summary>What one run of <see cref="ListCatalogSeeder"/> added (0 and 0 when everything was there).</summary>
public sealed record ListSeedResult(int ListsCreated, int NoticesCreated);
