using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Imports;

/// <summary>One validated, normalised line, ready to load.</summary>
internal sealed record ImportRow(
    int Line,
    string? Email,
    string? Mobile,
    string? ProvinceCode,
    string? District,
    IReadOnlyList<ImportListTarget> Lists,
    DeliveryChannel Channel,
    DateTimeOffset ConsentedAt,
    string Evidence,
    IReadOnlyList<(string Name, string Value)> Traits,
    bool NightSending = false);
