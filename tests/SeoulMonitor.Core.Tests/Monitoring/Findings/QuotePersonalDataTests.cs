using SeoulMonitor.Core.Monitoring;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Tests.Infrastructure;
using static SeoulMonitor.Core.Tests.Monitoring.Findings.FindingsArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

/// <summary>Quotes that look like personal data are refused; the quote limits hold at their boundaries.</summary>
public sealed class QuotePersonalDataTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Theory]
    [InlineData("제 번호는 010-2222-3333 입니다")]
    [InlineData("문의 gildong@example.kr")]
    [InlineData("홍길동입니다, 턱이 높아요")]
    [InlineData("800505-2345678")]
    public async Task AddQuote_PersonalData_RefusedWritesNothing(string text)
    {
        var (_, finding, _) = await fixture.Host.DraftAsync();

        var result = await fixture.Host.FindingsAsync<FindingView>((s, ct) => s.AddQuoteAsync(finding.Id, finding.SourceSubmissionIds[0], text, Staff, ct));

        Assert.Equal("finding.quote.personal_data", result.Error?.Code);
        Assert.Empty((await fixture.Host.RunAsync<FindingReader, Common.Result<FindingView>>((r, ct) => r.GetAsync(finding.Id, Staff, ct))).Value.Quotes);
    }

    [Fact]
    public async Task AddQuote_Boundaries_LengthCountAndSource()
    {
        var host = fixture.Host;
        var (_, finding, _) = await host.DraftAsync();
        var source = finding.SourceSubmissionIds[0];
        Task<Common.Result<FindingView>> Add(string text, Guid? submission = null) =>
            host.FindingsAsync<FindingView>((s, ct) => s.AddQuoteAsync(finding.Id, submission ?? source, text, Staff, ct));

        var longest = await Add(new string('가', FindingLimits.QuoteMaxLength));
        var tooLong = await Add(new string('가', FindingLimits.QuoteMaxLength + 1));
        var blank = await Add("   ");
        var notSource = await Add("좋아요", Guid.NewGuid());
        for (var i = 1; i < FindingLimits.MaxQuotes; i++)
        {
            Assert.True((await Add($"의견 {i}")).IsSuccess);
        }

        var oneTooMany = await Add("하나 더");

        Assert.True(longest.IsSuccess, longest.Error?.Code);
        Assert.Equal("finding.quote.too_long", tooLong.Error?.Code);
        Assert.Equal("finding.quote.required", blank.Error?.Code);
        Assert.Equal("finding.not_a_source", notSource.Error?.Code);
        Assert.Equal("finding.quote.too_many", oneTooMany.Error?.Code);
        var view = (await host.RunAsync<FindingReader, Common.Result<FindingView>>((r, ct) => r.GetAsync(finding.Id, Staff, ct))).Value;
        Assert.Equal(FindingLimits.MaxQuotes, view.Quotes.Count);
        var removed = await host.FindingsAsync<FindingView>((s, ct) => s.RemoveQuoteAsync(finding.Id, view.Quotes[0].Id, Staff, ct));
        Assert.Equal(FindingLimits.MaxQuotes - 1, removed.Value.Quotes.Count);
    }

    [Fact]
    public async Task Draft_TitleAndSummaryBoundaries_StableCodes()
    {
        var host = fixture.Host;
        var (task, finding, _) = await host.DraftAsync();
        var source = finding.SourceSubmissionIds;
        Task<Common.Result<FindingView>> Draft(string title, string summary) =>
            host.FindingsAsync<FindingView>((s, ct) => s.DraftAsync(task.Id, title, summary, source, Staff, ct));

        Assert.True((await Draft(new string('가', MonitoringLimits.TitleMinLength), "내용")).IsSuccess);
        Assert.True((await Draft(new string('가', MonitoringLimits.TitleMaxLength), new string('나', MonitoringLimits.TextMaxLength))).IsSuccess);
        Assert.Equal("finding.title.length", (await Draft("가", "내용")).Error?.Code);
        Assert.Equal("finding.title.length", (await Draft(new string('가', MonitoringLimits.TitleMaxLength + 1), "내용")).Error?.Code);
        Assert.Equal("finding.title.required", (await Draft(" ", "내용")).Error?.Code);
        Assert.Equal("finding.summary.required", (await Draft("제목", "")).Error?.Code);
        Assert.Equal("finding.summary.too_long", (await Draft("제목", new string('나', MonitoringLimits.TextMaxLength + 1))).Error?.Code);
        Assert.Equal("finding.text.personal_data", (await Draft("제목", "연락처 010-1111-2222")).Error?.Code);
    }
}
