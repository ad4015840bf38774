using SeoulMonitor.Core.Incentives.Insurance.Premiums;

namespace SeoulMonitor.Core.Tests.Incentives.Insurance.Premiums;

/// <summary>The invoice's field rules at their boundaries (no database).</summary>
public sealed class PremiumValidationTests
{
    private static RecordPremiumRequest Valid => new(Guid.NewGuid(), "한화손해보험", "LA-2026/01.5", "2026-03-01", "2027-02-28", 2_400_000);

    private static string? Code(RecordPremiumRequest request) => PremiumValidation.Check(request).Error?.Code;

    [Fact]
    public void Check_ValidInvoice_TrimsAndParses()
    {
        var result = PremiumValidation.Check(Valid with { Insurer = " 한화손해보험 ", PolicyNumber = " LA-1 ", PeriodStart = " 2026-03-01 " });

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(new ValidPremium("한화손해보험", "LA-1", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), 2_400_000), result.Value);
    }

    [Fact]
    public void Check_InsurerAtItsLimit_AcceptedOneMoreOrBlankRefused()
    {
        Assert.Null(Code(Valid with { Insurer = new string('보', PremiumLimits.InsurerMaxLength) }));
        Assert.Equal("insurance.premium.insurer.invalid", Code(Valid with { Insurer = new string('보', PremiumLimits.InsurerMaxLength + 1) }));
        Assert.Equal("insurance.premium.insurer.invalid", Code(Valid with { Insurer = "   " }));
        Assert.Equal("insurance.premium.insurer.invalid", Code(Valid with { Insurer = null }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LA 2026")]
    [InlineData("증권-1")]
    [InlineData("LA;DROP")]
    public void Check_PolicyNumberMissingOrWithOtherCharacters_Refused(string? policy) =>
        Assert.Equal("insurance.premium.policy_number.invalid", Code(Valid with { PolicyNumber = policy }));

    [Fact]
    public void Check_PolicyNumberAtItsLimit_AcceptedOneMoreRefused()
    {
        Assert.Null(Code(Valid with { PolicyNumber = new string('A', PremiumLimits.PolicyNumberMaxLength) }));
        Assert.Equal("insurance.premium.policy_number.invalid", Code(Valid with { PolicyNumber = new string('A', PremiumLimits.PolicyNumberMaxLength + 1) }));
    }

    [Theory]
    [InlineData("2026-01-01", "2027-01-01", null)] // 366 days, inclusive
    [InlineData("2026-01-01", "2027-01-02", "insurance.premium.period.invalid")] // 367 days
    [InlineData("2026-03-01", "2026-03-01", null)] // one day
    [InlineData("2026-03-02", "2026-03-01", "insurance.premium.period.invalid")] // ends before it starts
    [InlineData("2026-02-30", "2026-03-01", "insurance.premium.period.invalid")]
    [InlineData("20260301", "2026-03-31", "insurance.premium.period.invalid")]
    [InlineData(null, "2026-03-31", "insurance.premium.period.invalid")]
    [InlineData("2026-03-01", "next year", "insurance.premium.period.invalid")]
    [InlineData("2008-03-01", "2008-12-31", "insurance.premium.period.outside_year")]
    public void Check_Period_LimitsAndFormat(string? start, string? end, string? code) =>
        Assert.Equal(code, Code(Valid with { PeriodStart = start, PeriodEnd = end }));

    [Fact]
    public void Check_BadStartDate_NamesTheField()
    {
        Assert.Equal("periodStart", PremiumValidation.Check(Valid with { PeriodStart = "x" }).Error?.Field);
        Assert.Equal("periodEnd", PremiumValidation.Check(Valid with { PeriodEnd = "x" }).Error?.Field);
    }
}
