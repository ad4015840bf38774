using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Sms.Rules;
using SeoulMonitor.Mailing.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SMS campaign rules (called by <c>AddSeoulMonitorMailing</c>).</summary>
public static class SmsRulesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SMS rules with <see cref="SmsRulesOptions"/> bound from <paramref name="section"/> (the mail engine's
    /// <c>Sms</c> section) when given, validated at start. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorSmsRules(this IServiceCollection services, IConfigurationSection? section = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SmsRulesOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsRulesOptions>, SmsRulesOptionsValidator>());
        services.TryAddSingleton(static sp => new SmsCampaignRules(
            sp.GetRequiredService<IOptions<SmsRulesOptions>>(),
            sp.GetService<IOptions<SeoulMonitor.Mailing.Sms.Gateway.SmsGatewayOptions>>()?.Value.IsConfigured == true));
        return services;
    }

    /// <summary>Adds the SMS rules with <see cref="SmsRulesOptions"/> set by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddSeoulMonitorSmsRules(this IServiceCollection services, Action<SmsRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SmsRulesOptions>().Configure(configure);
        return services.AddSeoulMonitorSmsRules();
    }
}
