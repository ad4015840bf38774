using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Tests.Sms;

/// <summary><c>Mailing:Sms:SenderNumbers</c> bound by <c>AddSeoulMonitorMailing</c> and validated.</summary>
public sealed class SmsRulesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSeoulMonitorMailing_SenderNumbersSection_BoundUnderSms()
    {
        using var provider = Provider(("Mailing:Sms:SenderNumbers:0", "02-2133-1234"), ("Mailing:Sms:SenderNumbers:1", "1588-1234"));

        Assert.Equal(["02-2133-1234", "1588-1234"], provider.GetRequiredService<IOptions<SmsRulesOptions>>().Value.SenderNumbers);
    }

    [Fact]
    public void AddSeoulMonitorMailing_MalformedSenderNumber_OptionsValidationFails()
    {
        using var provider = Provider(("Mailing:Sms:SenderNumbers:0", "12-34"));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmsRulesOptions>>().Value);
        Assert.Contains("12-34", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSeoulMonitorSmsRules_Twice_OneValidatorAndOneRuleSet()
    {
        var services = new ServiceCollection();

        services.AddSeoulMonitorSmsRules().AddSeoulMonitorSmsRules();

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SmsRulesOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(SmsCampaignRules));
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddSeoulMonitorSmsRules());
        Assert.Throws<ArgumentNullException>("configure", () => services.AddSeoulMonitorSmsRules((Action<SmsRulesOptions>)null!));
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(static s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSeoulMonitorMailing(configuration.GetSection("Mailing"));
        return services.BuildServiceProvider();
    }
}
