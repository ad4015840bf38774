using System.Text;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring;
using SeoulMonitor.Core.Monitoring.History;
using static SeoulMonitor.Core.Tests.Monitoring.History.HistoryArrange;

namespace SeoulMonitor.Core.Tests.Monitoring.History;

/// <summary>The CSV rules and limits of the historical-task import, at their boundaries (no database).</summary>
public sealed class HistoricalTaskCsvTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Result<IReadOnlyList<HistoricalTaskRecord>> Parse(params string[] lines) =>
        HistoricalTaskCsv.Parse(string.Join("\r\n", lines), Today);

    private static string Line(string year = "2013", string seq = "1", string title = "민원 서비스 점검", string start = "2013-03-12",
        string end = "2013-03-15", string participants = "46", string department = "시민봉사담당관") =>
        $"{year},{seq},{title},{start},{end},{participants},{department}";

    [Fact]
    public void Parse_GoodLines_GiveRecordsWithKeysAndLineNumbers()
    {
        var result = Parse(Header, Line(), "", Line(seq: "12", title: "\"점검, 2차\""));

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(["2013-01", "2013-12"], result.Value.Select(r => r.Key));
        Assert.Equal([2, 4], result.Value.Select(r => r.Line));
        Assert.Equal("점검, 2차", result.Value[1].Title);
        Assert.Equal(new DateOnly(2013, 3, 15), result.Value[0].EndDate);
    }

    [Fact]
    public void Parse_ColumnsInAnotherOrder_AreReadByName()
    {
        var result = Parse("requesting_department,participants,end_date,start_date,title,seq,year", "관광정책과,10,2014-05-02,2014-05-01,관광안내소 점검,3,2014");

        Assert.Equal(("관광정책과", 10, "2014-03"), (result.Value[0].Department, result.Value[0].Participants, result.Value[0].Key));
    }

    [Theory]
    [InlineData("year,seq,title,start_date,end_date,participants", "'requesting_department' is missing")]
    [InlineData("year,seq,title,start_date,end_date,participants,requesting_department,extra", "'extra' is unknown")]
    [InlineData("year,year,title,start_date,end_date,participants,requesting_department", "'year' is repeated")]
    public void Parse_BadHeader_IsRefusedNamingTheColumn(string header, string expected)
    {
        var result = Parse(header, Line());

        Assert.Equal("history.csv.header", result.Error?.Code);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1989", "history.line.year.invalid")]
    [InlineData("20x3", "history.line.year.invalid")]
    [InlineData("2012", "history.line.start_date.other_year")]
    public void Parse_BadYear_IsRefusedWithItsLine(string year, string code)
    {
        var result = Parse(Header, Line(), Line(seq: "2"), Line(year: year, seq: "3"));

        Assert.Equal(code, result.Error?.Code);
        Assert.StartsWith("Line 4: ", result.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("4행: ", result.Error.MessageKo, StringComparison.Ordinal);
        Assert.StartsWith("lines[4].", result.Error.Field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2013-02-30", "2013-03-01", "history.line.start_date.invalid")]
    [InlineData("13/03/2013", "2013-03-15", "history.line.start_date.invalid")]
    [InlineData("2013-03-12", "2013-03-11", "history.line.end_date.invalid")]
    [InlineData("2013-03-12", "", "history.line.end_date.invalid")]
    [InlineData("2013-01-01", "2014-01-02", "history.line.end_date.too_long")]
    public void Parse_BadDates_AreRefused(string start, string end, string code) =>
        Assert.Equal(code, Parse(Header, Line(start: start, end: end)).Error?.Code);

    [Fact]
    public void Parse_EndingTodayInSeoul_IsNotHistoricalYet() =>
        Assert.Equal("history.line.end_date.not_past", Parse(Header, Line(year: "2026", start: "2026-02-20", end: "2026-03-02")).Error?.Code);

    [Fact]
    public void Parse_LongestFieldworkAndYesterday_AreAccepted()
    {
        Assert.True(Parse(Header, Line(start: "2013-01-01", end: "2014-01-01")).IsSuccess); // 366 days
        Assert.True(Parse(Header, Line(year: "2026", start: "2026-02-01", end: "2026-03-01")).IsSuccess);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("2000", true)]
    [InlineData("2001", false)]
    [InlineData("-3", false)]
    [InlineData("4.5", false)]
    public void Parse_Participants_AreBoundedByTaskCapacity(string participants, bool accepted)
    {
        var result = Parse(Header, Line(participants: participants));

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? null : "history.line.participants.invalid", result.Error?.Code);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("999", true)]
    [InlineData("1000", false)]
    public void Parse_Sequence_IsBounded(string seq, bool accepted) =>
        Assert.Equal(accepted ? null : "history.line.seq.invalid", Parse(Header, Line(seq: seq)).Error?.Code);

    [Fact]
    public void Parse_TitleAndDepartmentLengths_AreBoundedAtTheTaskLimits()
    {
        Assert.True(Parse(Header, Line(title: new string('가', MonitoringLimits.TitleMaxLength))).IsSuccess);
        Assert.Equal("history.line.title.invalid", Parse(Header, Line(title: new string('가', MonitoringLimits.TitleMaxLength + 1))).Error?.Code);
        Assert.Equal("history.line.title.invalid", Parse(Header, Line(title: "가")).Error?.Code);
        Assert.True(Parse(Header, Line(department: new string('과', MonitoringLimits.DepartmentMaxLength))).IsSuccess);
        Assert.Equal("history.line.department.invalid", Parse(Header, Line(department: new string('과', MonitoringLimits.DepartmentMaxLength + 1))).Error?.Code);
        Assert.Equal("history.line.department.invalid", Parse(Header, Line(department: " ")).Error?.Code);
    }

    [Fact]
    public void Parse_WrongCellCountOrDuplicateKey_IsRefusedWithItsLine()
    {
        var columns = Parse(Header, Line(), "2013,2,짧은 줄");
        var duplicate = Parse(Header, Line(), Line(seq: "2"), Line(seq: "01"));

        Assert.Equal(("history.line.columns", "lines[3].*"), (columns.Error?.Code, columns.Error?.Field));
        Assert.Equal("history.line.duplicate", duplicate.Error?.Code);
        Assert.Contains("Line 4: the task 2013-01 is already on line 2.", duplicate.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoDataOrOnlyHeader_IsEmpty()
    {
        Assert.Equal("history.csv.empty", Parse("").Error?.Code);
        Assert.Equal("history.csv.empty", Parse(Header).Error?.Code);
        Assert.Equal("history.csv.empty", Parse(Header, "", "  ").Error?.Code);
    }

    [Fact]
    public void Parse_MaxRows_AcceptedAndOneMoreRefused()
    {
        var lines = Enumerable.Range(0, HistoryLimits.MaxRows + 1)
            .Select(i => Line(year: (2000 + (i / 999)).ToString(System.Globalization.CultureInfo.InvariantCulture), seq: ((i % 999) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                start: $"{2000 + (i / 999)}-03-12", end: $"{2000 + (i / 999)}-03-15"))
            .ToList();

        Assert.Equal(HistoryLimits.MaxRows, Parse([Header, .. lines.Take(HistoryLimits.MaxRows)]).Value.Count);
        Assert.Equal("history.csv.too_many_rows", Parse([Header, .. lines]).Error?.Code);
    }

    [Fact]
    public async Task ReadText_SizeLimit_AcceptedAtTheLimitAndRefusedAbove()
    {
        var ct = TestContext.Current.CancellationToken;
        var atLimit = await HistoricalTaskCsv.ReadTextAsync(new MemoryStream(new byte[HistoryLimits.MaxCsvBytes]), ct);
        var above = await HistoricalTaskCsv.ReadTextAsync(new MemoryStream(new byte[HistoryLimits.MaxCsvBytes + 1]), ct);

        Assert.True(atLimit.IsSuccess);
        Assert.Equal("history.csv.too_large", above.Error?.Code);
    }

    [Fact]
    public async Task ReadText_ByteOrderMarkAccepted_InvalidUtf8Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var bom = await HistoricalTaskCsv.ReadTextAsync(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header)]), ct);
        var latin = await HistoricalTaskCsv.ReadTextAsync(new MemoryStream(Encoding.Latin1.GetBytes("year,seq\n2013,\u00e9")), ct);

        Assert.Equal(Header, bom.Value);
        Assert.Equal("history.csv.encoding", latin.Error?.Code);
    }
}
