using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Audiences;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Segments;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using SeoulMonitor.Mailing.Campaigns;
using static SeoulMonitor.Core.Tests.Audiences.AudienceArrange;

namespace SeoulMonitor.Core.Tests.Audiences;

public abstract class SegmentServiceContract(StorageProvider provider)
{
    private static readonly Actor Staff = Actor.Staff("staff-kim");

    public static TheoryData<string?, string> BadDefinitions => new()
    {
        { null, "segment.lists.required" },
        { "[]", "segment.definition.invalid" },
        { "{not json", "segment.definition.invalid" },
        { """{"lists":[]}""", "segment.lists.required" },
        { """{"lists":["news"],"extra":1}""", "segment.definition.invalid" },
        { """{"lists":["nope"]}""", "segment.list.unknown" },
        { """{"lists":["news"],"districts":[{"province":"11","district":"없는구"}]}""", "segment.district.unknown" },
        { """{"lists":["news"],"traits":[{"name":"age","op":"like","values":["3"]}]}""", "segment.trait.operator.invalid" },
        { """{"lists":["news"],"traits":[{"name":"Age!","op":"eq","values":["3"]}]}""", "segment.trait.name.invalid" },
        { """{"lists":["news"],"traits":[{"name":"age","op":"eq","values":["3","4"]}]}""", "segment.trait.values.invalid" },
        { """{"lists":["news"],"traits":[{"name":"age","op":"exists","values":["3"]}]}""", "segment.trait.values.invalid" },
        { "{\"lists\":[\"news\"],\"traits\":[" + string.Join(',', Enumerable.Range(0, AudienceLimits.MaxSegmentConditions).Select(i => $"{{\"name\":\"a{i}\",\"op\":\"exists\"}}")) + "]}", "segment.conditions.too_many" },
        { "{\"lists\":[\"news\"],\"traits\":[{\"name\":\"a\",\"op\":\"in\",\"values\":[" + string.Join(',', Enumerable.Range(0, 60).Select(i => $"\"{i}\"")) + "]}]}", "segment.conditions.too_many" },
        { "{\"lists\":[\"" + new string('a', SegmentErrors.DefinitionMaxLength) + "\"]}", "segment.definition.too_long" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public async Task CreateAsync_BadDefinition_RefusedWithStableCodeAndNothingWritten(string? definition, string code)
    {
        await using var host = await HostAsync(provider);
        await ListAsync(host, "news");

        var result = await Create(host, "s", definition);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await host.WithAsync<SeoulMonitorDbContext, int>(db => db.Set<Segment>().CountAsync(Ct)));
    }

    [Fact]
    public async Task CreateAsync_AtTheConditionLimit_Accepted()
    {
        await using var host = await HostAsync(provider);
        await ListAsync(host, "news");
        var traits = string.Join(',', Enumerable.Range(0, AudienceLimits.MaxSegmentConditions - 1).Select(i => $"{{\"name\":\"a{i}\",\"op\":\"exists\"}}"));

        Assert.True((await Create(host, "s", "{\"lists\":[\"news\"],\"traits\":[" + traits + "]}")).IsSuccess);
        Assert.Equal("segment.name.invalid", (await Create(host, " ", """{"lists":["news"]}""")).Error?.Code);
    }

    [Fact]
    public async Task CrudAndPreview_SavedAndUnsaved_CountsConsentingRecipientsNow()
    {
        await using var host = await HostAsync(provider);
        var news = await ListAsync(host, "news");
        for (var i = 1; i <= 5; i++)
        {
            var s = await SubscriberAsync(host, i, i <= 3 ? "종로구" : "마포구");
            await ConsentAsync(host, s, news, i == 2 ? ConsentState.Withdrawn : ConsentState.Active);
        }

        var created = (await Create(host, "종로 구독자", """{"lists":["news"],"districts":[{"province":"11","district":"Jongno-gu"}]}""")).Value;
        Assert.Equal("종로구", Assert.Single(created.Definition.Districts).District);
        var preview = await host.WithAsync<SegmentService, Result<SegmentCount>>(s => s.PreviewAsync(created.Id, Ct));
        var unsaved = await host.WithAsync<SegmentService, Result<SegmentCount>>(s => s.PreviewAsync(DeliveryChannel.Email, """{"lists":["news"]}""", Ct));
        var updated = await host.WithAsync<SegmentService, Result<SegmentView>>(s =>
            s.UpdateAsync(Staff, created.Id, new SegmentDraft("모두", DeliveryChannel.Email, """{"lists":["news"]}"""), Ct));
        var listed = await host.WithAsync<SegmentService, IReadOnlyList<SegmentView>>(s => s.ListAsync(Ct));
        var deleted = await host.WithAsync<SegmentService, Result<SegmentView>>(s => s.DeleteAsync(Staff, created.Id, Ct));

        Assert.Equal(2, preview.Value.Recipients);
        Assert.Equal(4, unsaved.Value.Recipients);
        Assert.Equal("모두", updated.Value.Name);
        Assert.Single(listed);
        Assert.True(deleted.IsSuccess);
        Assert.Equal("segment.not_found", (await host.WithAsync<SegmentService, Result<SegmentView>>(s => s.GetAsync(created.Id, Ct))).Error?.Code);
        Assert.Equal("segment.not_found", (await host.WithAsync<SegmentService, Result<SegmentCount>>(s => s.PreviewAsync(created.Id, Ct))).Error?.Code);
    }

    private static Task<Result<SegmentView>> Create(CoreTestHost host, string name, string? definition) =>
        host.WithAsync<SegmentService, Result<SegmentView>>(s => s.CreateAsync(Staff, new SegmentDraft(name, DeliveryChannel.Email, definition), Ct));
}

public sealed class SegmentServiceSqliteTests() : SegmentServiceContract(StorageProvider.Sqlite);

public sealed class SegmentServicePostgresTests() : SegmentServiceContract(StorageProvider.PostgreSql);
