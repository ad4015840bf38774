using SeoulMonitor.Core.Audiences.Maintenance;

namespace SeoulMonitor.Core.Tests.Audiences.Maintenance;

public sealed class RenewalCalendarTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    [Fact]
    public void PolicyCustomerDueAt_OrdinaryDate_SameSeoulDateAndTimeTwoYearsLater() =>
        Assert.Equal(new DateTimeOffset(2028, 3, 2, 10, 0, 0, Kst), RenewalCalendar.PolicyCustomerDueAt(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Kst)));

    [Fact]
    public void PolicyCustomerDueAt_Feb29_FallsOnFeb28OfTheCommonYear() =>
        Assert.Equal(new DateTimeOffset(2030, 2, 28, 0, 30, 0, Kst), RenewalCalendar.PolicyCustomerDueAt(new DateTimeOffset(2028, 2, 28, 15, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void PolicyCustomerDueAt_UtcEveningIsNextSeoulDay_CountsTheSeoulDate() =>
        Assert.Equal(new DateTimeOffset(2028, 1, 1, 8, 0, 0, Kst), RenewalCalendar.PolicyCustomerDueAt(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void PolicyCustomerDueAt_Result_IsUtc() =>
        Assert.Equal(TimeSpan.Zero, RenewalCalendar.PolicyCustomerDueAt(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Kst)).Offset);

    [Theory]
    [InlineData(1, 2030, 2, 28)]
    [InlineData(2, 2032, 2, 29)]
    [InlineData(3, 2034, 2, 28)]
    public void AdvertisingConfirmationDate_Feb29Consent_Feb28InCommonYearsFeb29InLeapYears(int cycle, int year, int month, int day) =>
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, Kst),
            RenewalCalendar.AdvertisingConfirmationDate(new DateTimeOffset(2028, 2, 29, 14, 0, 0, Kst), cycle));

    [Fact]
    public void AdvertisingConfirmationDate_CycleZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RenewalCalendar.AdvertisingConfirmationDate(DateTimeOffset.UnixEpoch, 0));
}
