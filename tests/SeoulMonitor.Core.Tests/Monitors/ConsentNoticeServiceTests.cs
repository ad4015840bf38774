using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitors.MonitorTestKit;

namespace SeoulMonitor.Core.Tests.Monitors;

public sealed class ConsentNoticeServiceTests
{
    [Fact]
    public async Task GetCurrent_NonePublished_RefusedWithConsentNoticeNone()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);

        var result = await host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.GetCurrentAsync(Ct));

        Assert.Equal("consent_notice.none", result.Error?.Code);
    }

    [Fact]
    public async Task Publish_NewVersion_SupersedesPreviousAndHashesExactText()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var first = await PublishNoticeAsync(host, "v1");
        host.Time.Advance(TimeSpan.FromDays(1));
        var second = await PublishNoticeAsync(host, "v2");

        var current = await Succeeds(host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.GetCurrentAsync(Ct)));
        var old = await Succeeds(host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.GetAsync(first.Id, Ct)));

        Assert.Equal(second.Id, current.Id);
        Assert.Equal(host.Time.GetUtcNow(), old.SupersededAt);
        Assert.Equal(ConsentNoticeText.Hash(current.Text), current.TextSha256);
        Assert.Contains(current.RefusalConsequence, current.Text, StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(host));
    }

    [Fact]
    public async Task Publish_DuplicateVersion_RefusedAndWritesNothing()
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        await PublishNoticeAsync(host, "v1");

        var result = await host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.PublishAsync(StaffKim, Draft("v1"), Ct));

        Assert.Equal("consent_notice.version.duplicate", result.Error?.Code);
        Assert.Equal(1, await CountAsync<ConsentNotice>(host));
    }

    [Theory]
    [InlineData("version", "consent_notice.version.required")]
    [InlineData("purpose", "consent_notice.purpose.required")]
    [InlineData("refusal_consequence", "consent_notice.refusal_consequence.required")]
    [InlineData("long_version", "consent_notice.version.too_long")]
    [InlineData("long_items", "consent_notice.items_collected.too_long")]
    public async Task Publish_MissingOrOversizedItem_Refused(string fault, string code)
    {
        await using var host = await CoreTestHost.CreateAsync(StorageProvider.Sqlite);
        var draft = Draft("v1");
        draft = fault switch
        {
            "version" => draft with { Version = " " },
            "purpose" => draft with { Purpose = null },
            "refusal_consequence" => draft with { RefusalConsequence = "" },
            "long_version" => draft with { Version = new string('v', MonitorLimits.ConsentVersionMaxLength + 1) },
            _ => draft with { ItemsCollected = new string('i', MonitorLimits.ConsentTextMaxLength + 1) },
        };

        var result = await host.WithAsync<ConsentNoticeService, Result<ConsentNoticeView>>(s => s.PublishAsync(StaffKim, draft, Ct));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await CountAsync<ConsentNotice>(host));
    }
}
