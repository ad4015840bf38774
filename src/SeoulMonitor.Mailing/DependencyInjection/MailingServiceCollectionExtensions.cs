using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing;
using SeoulMonitor.Mailing.Audience;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.DependencyInjection;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Sms.Rules;
using SeoulMonitor.Mailing.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SeoulMonitor mail engine.</summary>
public static class MailingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail engine (<see cref="CampaignService"/>, the hosted <see cref="MailEngine"/>, the delivery ledger of
    /// <see cref="MailingOptions.Ledger"/>, a suppression-list send-time gate) with options bound from
    /// <paramref name="section"/> and validated at start. The host registers an <see cref="IRecipientSource"/> (and may
    /// register its own <see cref="IDeliveryLedger"/>, <see cref="ISendTimeGate"/> or <see cref="IMailConnectionFactory"/> first; the default transport is SMTP when <c>Smtp:Host</c> is set, else the pickup directory). Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorMailing(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<MailingOptions>().Bind(section);
        services.AddSeoulMonitorSmsGateway(section.GetSection("Sms:Gateway"));
        services.AddSeoulMonitorSmsRules(section.GetSection(SmsRulesOptions.SectionName));
        return services.AddMailingCore();
    }

    /// <summary>Adds the mail engine with options set by <paramref name="configure"/>; see the other overload.</summary>
    public static IServiceCollection AddSeoulMonitorMailing(this IServiceCollection services, Action<MailingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MailingOptions>().Configure(configure);
        return services.AddMailingCore();
    }

    private static IServiceCollection AddMailingCore(this IServiceCollection services)
    {
        services.AddOptions<MailingOptions>().ValidateOnStart();
        services.AddSeoulMonitorSmsRules();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailingOptions>, MailingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailingOptions>, MailingServicesValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailingMetrics>();
        services.TryAddSingleton<CampaignSignals>();
        services.TryAddSingleton<ProgressTracker>();
        services.TryAddSingleton<SuppressionSet>();
        services.TryAddSingleton(static sp => DeliveryLedgerFactory.Create(
            sp.GetRequiredService<IOptions<MailingOptions>>().Value.Ledger,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetRequiredService<MailingMetrics>()));
        services.TryAddSingleton<IMessageFactory>(static sp => new ComposerMessageFactory(
            sp.GetRequiredService<IOptions<MailingOptions>>(), sp.GetRequiredService<TimeProvider>(), Logger<ComposerMessageFactory>(sp)));
        services.TryAddSingleton<IMailConnectionFactory>(static sp => CreateTransport(sp));
        services.TryAddSingleton<ISendTimeGate>(static sp => new SuppressionListGate(sp.GetRequiredService<SuppressionSet>()));
        services.TryAddSingleton(static sp => new CampaignService(
            sp.GetRequiredService<IDeliveryLedger>(),
            sp.GetRequiredService<IRecipientSource>(),
            sp.GetRequiredService<IMessageFactory>(),
            sp.GetRequiredService<CampaignSignals>(),
            sp.GetRequiredService<ProgressTracker>(),
            sp.GetRequiredService<SmsCampaignRules>(),
            sp.GetRequiredService<IOptions<MailingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger<CampaignService>(sp)));
        services.TryAddSingleton(static sp => new CampaignPreviews(
            sp.GetRequiredService<IDeliveryLedger>(), sp.GetRequiredService<IOptions<MailingOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(static sp => new SuppressionList(
            sp.GetRequiredService<IDeliveryLedger>(), sp.GetRequiredService<SuppressionSet>(),
            sp.GetRequiredService<IOptions<MailingOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IUnsubscribeHandler>()));
        services.TryAddSingleton(static sp => new MailEngine(
            sp.GetRequiredService<IDeliveryLedger>(),
            sp.GetRequiredService<IMailConnectionFactory>(),
            sp.GetRequiredService<ISendTimeGate>(),
            sp.GetRequiredService<IMessageFactory>(),
            sp.GetRequiredService<CampaignSignals>(),
            sp.GetRequiredService<SuppressionSet>(),
            sp.GetRequiredService<MailingMetrics>(),
            sp.GetRequiredService<IOptions<MailingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger<MailEngine>(sp),
            sp.GetService<SeoulMonitor.Mailing.Sms.Gateway.SmsChannel>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MailEngine>(static sp => sp.GetRequiredService<MailEngine>()));
        services.AddSeoulMonitorBounces();
        return services;
    }

    /// <summary>SMTP when <see cref="SmtpOptions.Host"/> is set; otherwise the pickup directory (the embedded default).</summary>
    private static IMailConnectionFactory CreateTransport(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MailingOptions>>().Value;
        var loggers = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var metrics = services.GetRequiredService<MailingMetrics>();
        var time = services.GetRequiredService<TimeProvider>();
        return options.Smtp.IsConfigured
            ? new SmtpConnectionFactory(options.Smtp, loggers.CreateLogger<SmtpConnectionFactory>(), metrics, services.GetService<System.Diagnostics.Metrics.IMeterFactory>(), time)
            : new PickupDirectoryConnectionFactory(options.Pickup, loggers.CreateLogger<PickupDirectoryConnectionFactory>(), metrics, time);
    }

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
