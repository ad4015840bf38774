using SeoulMonitor.Core.Monitoring.Findings;

namespace SeoulMonitor.Core.Tests.Monitoring.Findings;

public sealed class ReflectionOptionsValidatorTests
{
    [Theory]
    [InlineData(30, 7, 60, true)]
    [InlineData(1, 1, 60, false)]
    [InlineData(2, 1, 1, true)]
    [InlineData(365, 364, 1440, true)]
    [InlineData(366, 7, 60, false)]
    [InlineData(0, 7, 60, false)]
    [InlineData(30, 0, 60, false)]
    [InlineData(30, 30, 60, false)]
    [InlineData(30, 7, 0, false)]
    [InlineData(30, 7, 1441, false)]
    public void Validate_Boundaries(int responseDays, int leadDays, int intervalMinutes, bool valid)
    {
        var options = new ReflectionOptions { ResponseDays = responseDays, ReminderLeadDays = leadDays, RunInterval = TimeSpan.FromMinutes(intervalMinutes) };

        var result = new ReflectionOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }
}
