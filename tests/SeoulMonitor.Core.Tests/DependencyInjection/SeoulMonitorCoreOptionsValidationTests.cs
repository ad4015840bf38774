using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Tests.DependencyInjection;

/// <summary>Invalid configuration stops a host at start, with a message naming the setting.</summary>
public sealed class SeoulMonitorCoreOptionsValidationTests
{
    [Theory]
    [InlineData("Eligibility:ProvinceCodes:0", "99", "'99', which is not a known province code")]
    [InlineData("Eligibility:MinimumAge", "5", "MinimumAge must be between 14 and 120")]
    [InlineData("Storage:ConnectionString", "", "ConnectionString is required")]
    [InlineData("Training:CheckInOpensBefore", "-00:10:00", "check-in margins must not be negative")]
    [InlineData("Training:CheckInClosesAfter", "-00:00:01", "check-in margins must not be negative")]
    [InlineData("AccessReview:OffHoursFrom", "24", "off-hours must be hours from 0 to 23")]
    [InlineData("AccessReview:OffHoursUntil", "-1", "off-hours must be hours from 0 to 23")]
    [InlineData("AccessReview:OffHoursUntil", "21", "OffHoursUntil (when the working day starts) must be before OffHoursFrom")]
    [InlineData("AccessReview:BulkRecordThreshold", "0", "thresholds must be positive")]
    public async Task StartAsync_InvalidSetting_ThrowsOptionsValidationException(string key, string value, string expected)
    {
        using var host = BuildHost(new() { [$"SeoulMonitor:{key}"] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(exception.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_Defaults_Starts()
    {
        using var host = BuildHost([]);

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_InvalidOptionsInCode_ThrowsOptionsValidationException()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSeoulMonitorCore(o => o.Eligibility.ProvinceCodes = []);
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(exception.Failures, f => f.Contains("must name at least one province", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_ProvinceCodesFromConfiguration_ReplaceTheDefaultSet()
    {
        using var host = BuildHost(new() { ["SeoulMonitor:Eligibility:ProvinceCodes:0"] = "11" });

        var options = host.Services.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value;

        Assert.Equal(["11"], options.Eligibility.EffectiveProvinceCodes);
    }

    [Fact]
    public void Bind_NoProvinceCodes_UsesSeoulIncheonGyeonggi()
    {
        using var host = BuildHost([]);

        var options = host.Services.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value;

        Assert.Equal(["11", "28", "41"], options.Eligibility.EffectiveProvinceCodes);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSeoulMonitorCore(builder.Configuration.GetSection("SeoulMonitor"));
        return builder.Build();
    }
}
