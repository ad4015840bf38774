using SeoulMonitor.Core.Regions;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Segments;

/// <summary>A saved segment.</summary>
/// <param name="Id">Its id (audience key <c>segment:{id}</c>).</param>
/// <param name="Name">Name.</param>
/// <param name="Channel">Channel.</param>
/// <param name="Definition">The parsed definition.</param>
/// <param name="AudienceKey">The audience key campaigns use.</param>
/// <param name="CreatedAt">Created (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
public sealed record SegmentView(
    Guid Id, string Name, DeliveryChannel Channel, SegmentDefinition Definition, string AudienceKey, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static SegmentView From(Segment s)
    {
        var definition = SegmentDefinitionParser.Parse(s.Definition, RegionCatalog.Default);
        return new(s.Id, s.Name, s.Channel, definition.IsSuccess ? definition.Value : new SegmentDefinition([], [], []),
            $"segment:{s.Id:D}", s.CreatedAt, s.UpdatedAt);
    }
}
