using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Tests.Audiences.Imports;

/// <summary>Invalid audience settings stop a host at start.</summary>
public sealed class ImportOptionsValidationTests
{
    [Theory]
    [InlineData("Audiences:Imports:MaxRows", "0", "MaxRows must be between 1 and 1000000")]
    [InlineData("Audiences:Imports:MaxRows", "1000001", "MaxRows must be between 1 and 1000000")]
    [InlineData("Audiences:Imports:MaxBytes", "209715201", "MaxBytes must be between 1 and 209715200")]
    [InlineData("Audiences:Imports:BatchSize", "5001", "BatchSize must be between 1 and 5000")]
    [InlineData("Audiences:Imports:MaxStoredProblems", "10001", "MaxStoredProblems must be between 0 and 10000")]
    [InlineData("Audiences:BlockedEmailDomains:0", "not a domain", "'not a domain', which is not a domain name")]
    public async Task StartAsync_InvalidAudienceSetting_Throws(string key, string value, string expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SeoulMonitor:Storage:ConnectionString"] = "Data Source=unused.db",
            [$"SeoulMonitor:{key}"] = value,
        });
        builder.Services.AddSeoulMonitorCore(builder.Configuration.GetSection("SeoulMonitor"));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(exception.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void EffectiveBlockedEmailDomains_ConfiguredEmpty_BlocksNothing()
    {
        var options = new SeoulMonitorCoreOptions();
        Assert.Contains("mailinator.com", options.Audiences.EffectiveBlockedEmailDomains);

        options.Audiences.BlockedEmailDomains = [];

        Assert.Empty(options.Audiences.EffectiveBlockedEmailDomains);
    }
}
