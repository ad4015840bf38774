using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Bounces;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;

namespace SeoulMonitor.Mailing.Tests.Bounces;

public sealed class BounceServiceCollectionTests
{
    [Fact]
    public void AddSeoulMonitorMailing_Always_ResolvesTheProcessorButHostsNoPoller()
    {
        using var provider = Services().AddSeoulMonitorMailing(o => o.Bounces = BounceTestData.Options()).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<BounceProcessor>());
        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s is BounceMailboxPoller);
    }

    [Fact]
    public void AddSeoulMonitorBounceMailboxPoller_Twice_OnePollerHosted()
    {
        var services = Services().AddSeoulMonitorMailing(_ => { });

        services.AddSeoulMonitorBounceMailboxPoller().AddSeoulMonitorBounceMailboxPoller();
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<BounceMailboxPoller>(), Assert.Single(provider.GetServices<IHostedService>(), s => s is BounceMailboxPoller));
        Assert.Single(services, d => d.ServiceType == typeof(BounceProcessor));
    }

    [Fact]
    public async Task StartAsync_DomainWithoutKey_OptionsValidationException()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IRecipientSource, FakeRecipientSource>();
        builder.Services.AddSeoulMonitorMailing(o =>
        {
            o.Ledger.ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"sm-bounce-di-{Guid.NewGuid():N}.db")}";
            o.Bounces.Domain = "bounces.seoul.example";
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains("Mailing:Bounces:SigningKey", StringComparison.Ordinal));
    }

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IRecipientSource, FakeRecipientSource>();
        return services;
    }
}
