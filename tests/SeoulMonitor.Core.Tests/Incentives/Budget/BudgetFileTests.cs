using System.Globalization;
using SeoulMonitor.Core.Incentives;
using SeoulMonitor.Core.Incentives.Budget;
using static SeoulMonitor.Core.Tests.Incentives.Budget.BudgetArrange;

namespace SeoulMonitor.Core.Tests.Incentives.Budget;

/// <summary>The budget file's parser: every line checked before anything is written.</summary>
public sealed class BudgetFileTests
{
    private const string Header = "category,line,settled_2013_thousand_krw,budget_2015_thousand_krw";
    private static readonly string MaxThousands = (IncentiveLimits.MaxLineAmount / 1000).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Parse_EmbeddedFile_GivesEachYearsTotalAndLinesFromTheFileInWon()
    {
        var text = string.Join("\n", EmbeddedLines().Select(c => string.Join(',', c)));

        var records = BudgetFile.Parse(text);

        Assert.True(records.IsSuccess, records.Error?.Code);
        foreach (var year in new[] { 2013, 2014, 2015 })
        {
            Assert.Equal(FileTotal(year), records.Value.Where(r => r.Year == year).Sum(r => r.Amount));
            Assert.Equal(FileLines(year), records.Value.Count(r => r.Year == year));
        }

        Assert.Equal((278_792_000L, 8), (records.Value.Where(r => r.Year == 2015).Sum(r => r.Amount), records.Value.Count(r => r.Year == 2015)));
        Assert.All(records.Value, r => Assert.Equal(r.Year == 2013, r.IsSettled));
    }

    [Theory]
    [InlineData("서울시민모니터 현장 활동비", BudgetPurpose.FieldActivity)]
    [InlineData("서울시민모니터 활동 상해비", BudgetPurpose.InjuryInsurance)]
    [InlineData("전문가 자문 등", BudgetPurpose.ExpertAdvice)]
    [InlineData("현장중심의 의견수렴 및 환류", BudgetPurpose.Recognition)]
    [InlineData("정책고객관리시스템 유지보수", BudgetPurpose.Other)]
    public void Of_LineName_GivesThePurposeOfTheMapping(string name, BudgetPurpose expected) =>
        Assert.Equal(expected, BudgetPurposeMapping.Of(name));

    [Fact]
    public void Parse_ZeroAmount_CreatesNoLineForThatYear()
    {
        var records = BudgetFile.Parse($"{Header}\n공공운영비,앱 운영,0,13330\n");

        Assert.Equal(2015, Assert.Single(records.Value).Year);
        Assert.Equal(13_330_000, records.Value[0].Amount);
    }

    [Fact]
    public void Parse_LargestAmount_IsAcceptedAndOneMoreIsRefused()
    {
        var largest = BudgetFile.Parse($"{Header}\n가,나,{MaxThousands},1\n");
        var tooLarge = BudgetFile.Parse($"{Header}\n가,나,{MaxThousands}1,1\n");

        Assert.Equal(IncentiveLimits.MaxLineAmount, largest.Value[0].Amount);
        Assert.Equal(("budget.file.amount", "lines[2].settled_2013_thousand_krw"), (tooLarge.Error?.Code, tooLarge.Error?.Field));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData("")]
    [InlineData("많음")]
    [InlineData("99999999999999999999999")]
    public void Parse_BadAmountOnLine3_IsRefusedNamingLine3(string amount)
    {
        var cell = amount.Contains(',', StringComparison.Ordinal) ? $"\"{amount}\"" : amount;

        var result = BudgetFile.Parse($"{Header}\n가,나,1,2\n가,다,{cell},2\n");

        Assert.Equal(("budget.file.amount", "lines[3].settled_2013_thousand_krw"), (result.Error?.Code, result.Error?.Field));
        Assert.StartsWith("Line 3:", result.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("3행:", result.Error.MessageKo, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "budget.file.empty")]
    [InlineData("a,b\n1,2\n", "budget.file.header")]
    [InlineData("category,line\n가,나\n", "budget.file.header")]
    [InlineData("category,line,budget_2015_thousand_krw,settled_2015_thousand_krw\n가,나,1,1\n", "budget.file.header")]
    [InlineData("category,line,budget_1999_thousand_krw\n가,나,1\n", "budget.file.header")]
    [InlineData("category,line,budget_2015_thousand_krw\n", "budget.file.empty")]
    [InlineData("category,line,budget_2015_thousand_krw\n가,나,1,2\n", "budget.file.columns")]
    [InlineData("category,line,budget_2015_thousand_krw\n,나,1\n", "budget.file.text")]
    [InlineData("category,line,budget_2015_thousand_krw\n가, ,1\n", "budget.file.text")]
    [InlineData("category,line,budget_2015_thousand_krw\n가,나,1\n가,나,2\n", "budget.file.duplicate")]
    public void Parse_BadFile_IsRefusedWithItsCode(string text, string code) =>
        Assert.Equal(code, BudgetFile.Parse(text).Error?.Code);

    [Fact]
    public void Parse_TooManyRows_IsRefused()
    {
        var rows = Enumerable.Range(0, BudgetLimits.MaxFileRows + 1).Select(i => $"가,항목{i},0");

        Assert.Equal("budget.file.too_many_rows", BudgetFile.Parse("category,line,budget_2015_thousand_krw\n" + string.Join('\n', rows)).Error?.Code);
    }

    [Fact]
    public void Parse_MoreLinesInAYearThanTheLimit_IsRefusedAtTheFirstLineTooMany()
    {
        var rows = Enumerable.Range(0, BudgetLimits.MaxLinesPerYear + 1).Select(i => $"가,항목{i},1");

        var result = BudgetFile.Parse("category,line,budget_2015_thousand_krw\n" + string.Join('\n', rows));

        Assert.Equal(("budget.file.too_many_lines", $"lines[{BudgetLimits.MaxLinesPerYear + 2}].budget_2015_thousand_krw"), (result.Error?.Code, result.Error?.Field));
    }

    [Fact]
    public async Task ReadText_NotUtf8OrTooLarge_IsRefused()
    {
        var binary = await BudgetFile.ReadTextAsync(new MemoryStream([0xFF, 0xFE, 0x80]), Ct);
        var large = await BudgetFile.ReadTextAsync(new MemoryStream(new byte[BudgetLimits.MaxFileBytes + 1]), Ct);

        Assert.Equal(("budget.file.encoding", "budget.file.too_large"), (binary.Error?.Code, large.Error?.Code));
    }

    [Fact]
    public void Parse_YearColumnsAtTheLimit_AreAcceptedAndOneMoreRefused()
    {
        static string File(int years) =>
            "category,line," + string.Join(',', Enumerable.Range(2020, years).Select(y => $"budget_{y}_thousand_krw")) + "\n가,나," + string.Join(',', Enumerable.Repeat("1", years));

        Assert.Equal(BudgetLimits.MaxFileYears, BudgetFile.Parse(File(BudgetLimits.MaxFileYears)).Value.Count);
        Assert.Equal("budget.file.header", BudgetFile.Parse(File(BudgetLimits.MaxFileYears + 1)).Error?.Code);
    }

    [Fact]
    public async Task ReadText_BadByteOnLine3_IsRefusedNamingLine3()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Header + "\n사무관리비,운영,0,1\n사무관리비,").Concat(new byte[] { 0xC0, 0xAF }).Concat("자문,0,2\n"u8.ToArray()).ToArray();

        var read = await BudgetFile.ReadTextAsync(new MemoryStream(bytes), Ct);

        Assert.Equal(("budget.file.encoding", "lines[3].*"), (read.Error?.Code, read.Error?.Field));
        Assert.StartsWith("Line 3:", read.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("3행:", read.Error.MessageKo, StringComparison.Ordinal);
    }
}
