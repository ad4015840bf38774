using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Tests.Pipeline.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.DependencyInjection;

public sealed class MailingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSeoulMonitorMailing_NullArguments_Throw()
    {
        var section = new ConfigurationBuilder().Build().GetSection("Mailing");

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSeoulMonitorMailing(section)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSeoulMonitorMailing((IConfigurationSection)null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSeoulMonitorMailing(_ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSeoulMonitorMailing((Action<MailingOptions>)null!)).ParamName);
    }

    [Fact]
    public void AddSeoulMonitorMailing_Twice_RegistersEachServiceOnce()
    {
        var services = Seams(new ServiceCollection());

        services.AddSeoulMonitorMailing(_ => { }).AddSeoulMonitorMailing(_ => { });

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Single(services, d => d.ServiceType == typeof(MailEngine));
        Assert.Single(services, d => d.ServiceType == typeof(CampaignService));
        Assert.Single(services, d => d.ServiceType == typeof(ISendTimeGate));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<MailingOptions>)));
    }

    [Fact]
    public void BuildServiceProvider_Registered_ResolvesOneEngineAsHostedServiceAndTheDefaultGate()
    {
        using var provider = Seams(new ServiceCollection()).AddSeoulMonitorMailing(_ => { }).BuildServiceProvider();

        var engine = provider.GetRequiredService<MailEngine>();

        Assert.Same(engine, Assert.Single(provider.GetServices<IHostedService>()));
        Assert.NotNull(provider.GetRequiredService<CampaignService>());
        Assert.IsType<SuppressionListGate>(provider.GetRequiredService<ISendTimeGate>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddSeoulMonitorMailing_Section_BindsPipelineAndRateLimits()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mailing:Pipeline:Workers"] = "12",
            ["Mailing:Pipeline:NodeId"] = "node-7",
            ["Mailing:Pipeline:RetryBaseDelay"] = "00:01:00",
            ["Mailing:RateLimits:Domains:naver.com"] = "50",
        }).Build();
        using var provider = Seams(new ServiceCollection()).AddSeoulMonitorMailing(configuration.GetSection("Mailing")).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MailingOptions>>().Value;

        Assert.Equal(12, options.Pipeline.Workers);
        Assert.Equal("node-7", options.Pipeline.NodeId);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Pipeline.RetryBaseDelay);
        Assert.Equal(50, options.RateLimits.Domains["NAVER.COM"]);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsOptionsValidationException()
    {
        using var host = Host(services => Seams(services).AddSeoulMonitorMailing(o =>
        {
            o.Pipeline.Workers = 0;
            o.RateLimits.ThrottleFactor = 1.5;
        }));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(exception.Failures, f => f.Contains("Workers", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("ThrottleFactor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_NoRecipientSource_ThrowsWithAClearMessage()
    {
        using var host = Host(services =>
        {
            services.AddSingleton<IDeliveryLedger>(new FakeDeliveryLedger());
            services.AddSingleton<IMailConnectionFactory>(new FakeMailConnectionFactory());
            services.AddSeoulMonitorMailing(_ => { });
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(exception.Failures, f => f.StartsWith("No IRecipientSource is registered", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_NoSmtpHost_UsesThePickupDirectory()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDeliveryLedger>(new FakeDeliveryLedger());
        services.AddSingleton<IRecipientSource>(new FakeRecipientSource());
        services.AddSeoulMonitorMailing(o => o.Pickup.Directory = Path.Combine(Path.GetTempPath(), "seoulmonitor-pickup-di"));
        using var provider = services.BuildServiceProvider();

        var transport = provider.GetRequiredService<IMailConnectionFactory>();

        Assert.IsType<PickupDirectoryConnectionFactory>(transport);
    }

    [Fact]
    public void Resolve_SmtpHostSet_UsesSmtp()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDeliveryLedger>(new FakeDeliveryLedger());
        services.AddSingleton<IRecipientSource>(new FakeRecipientSource());
        services.AddSeoulMonitorMailing(o =>
        {
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = 2525;
        });
        using var provider = services.BuildServiceProvider();

        var transport = provider.GetRequiredService<IMailConnectionFactory>();

        Assert.IsType<SmtpConnectionFactory>(transport);
        Assert.Equal("smtp", transport.Name);
    }

    [Fact]
    public void Validate_Defaults_NoFailures()
    {
        var failures = new List<string>();

        new MailingOptions().Validate(failures);

        Assert.Empty(failures);
    }

    private static IServiceCollection Seams(IServiceCollection services)
    {
        services.AddSingleton<IDeliveryLedger>(new FakeDeliveryLedger());
        services.AddSingleton<IMailConnectionFactory>(new FakeMailConnectionFactory());
        services.AddSingleton<IRecipientSource>(new FakeRecipientSource());
        return services;
    }

    private static IHost Host(Action<IServiceCollection> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        configure(builder.Services);
        return builder.Build();
    }
}
