using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// A parsed audience key (see <see cref="AudienceKeys"/>): the active monitors, optionally narrowed to one province
/// and/or one district; or the consenting subscribers of a list (<see cref="ListKey"/>, on <see cref="Channel"/>) or of
/// a saved segment (<see cref="SegmentId"/>; the segment names its channel).
/// </summary>
/// <param name="ProvinceCode">Monitors: the province code of residence (<c>11</c> for Seoul), or <see langword="null"/> for any.</param>
/// <param name="District">Monitors: the district of residence (Korean name such as <c>마포구</c>), or <see langword="null"/> for any.</param>
public sealed record AudienceKey(string? ProvinceCode, string? District)
{
    /// <summary>What the key names.</summary>
    public AudienceKind Kind { get; init; } = AudienceKind.Monitors;

    /// <summary>For a list audience: the list's key.</summary>
    public string? ListKey { get; init; }

    /// <summary>For a list audience: the channel whose consents and addresses count (e-mail unless <c>:sms</c>).</summary>
    public DeliveryChannel Channel { get; init; } = DeliveryChannel.Email;

    /// <summary>For a segment audience: the segment's id.</summary>
    public Guid? SegmentId { get; init; }

    /// <summary>The audience of a list on a channel.</summary>
    public static AudienceKey ForList(string listKey, DeliveryChannel channel = DeliveryChannel.Email) =>
        new(null, null) { Kind = AudienceKind.List, ListKey = listKey, Channel = channel };

    /// <summary>The audience of a segment.</summary>
    public static AudienceKey ForSegment(Guid segmentId) => new(null, null) { Kind = AudienceKind.Segment, SegmentId = segmentId };

    /// <summary>
    /// The canonical text of the key (<c>monitors</c>, <c>monitors:province=11,district=마포구</c>, <c>list:seoul-sibo</c>,
    /// <c>list:seoul-sibo:sms</c>, <c>segment:{id}</c>).
    /// </summary>
    public override string ToString() => Kind switch
    {
        AudienceKind.List => Channel == DeliveryChannel.Sms ? $"{AudienceKeys.ListPrefix}:{ListKey}:{AudienceKeys.SmsSuffix}" : $"{AudienceKeys.ListPrefix}:{ListKey}",
        AudienceKind.Segment => $"{AudienceKeys.SegmentPrefix}:{SegmentId:D}",
        _ => MonitorsText(),
    };

    private string MonitorsText()
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
