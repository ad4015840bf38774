using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using SeoulMonitor.Mailing.Diagnostics;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Pipeline;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SMS gateway adapter and the delivery-report handler.</summary>
public static class SmsGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SMS gateway (<see cref="SmsGatewayOptions"/> bound from <paramref name="section"/>, normally
    /// <c>Mailing:Sms:Gateway</c>, validated at start): a named <see cref="HttpClient"/> with the standard resilience
    /// handler, the engine's SMS send path and <see cref="SmsDeliveryReportHandler"/>. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddSeoulMonitorSmsGateway(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<SmsGatewayOptions>().Bind(section);
        return services.AddSmsGatewayCore();
    }

    /// <summary>Adds the SMS gateway with options set by <paramref name="configure"/>; see the other overload.</summary>
    public static IServiceCollection AddSeoulMonitorSmsGateway(this IServiceCollection services, Action<SmsGatewayOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SmsGatewayOptions>().Configure(configure);
        return services.AddSmsGatewayCore();
    }

    private static IServiceCollection AddSmsGatewayCore(this IServiceCollection services)
    {
        if (services.Any(static d => d.ServiceType == typeof(SmsChannel)))
        {
            return services;
        }

        services.AddOptions<SmsGatewayOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsGatewayOptions>, SmsGatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailingMetrics>();
        services.TryAddSingleton<SuppressionSet>();
        services.AddHttpClient(SmsGatewayClient.HttpClientName, static (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<SmsGatewayOptions>>().Value;
                if (options.IsConfigured)
                {
                    var baseUrl = options.BaseUrl!.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";
                    client.BaseAddress = new Uri(baseUrl, UriKind.Absolute);
                    client.DefaultRequestHeaders.Add(SmsGatewayClient.ApiKeyHeader, options.ApiKey);
                }

                // The resilience handler's timeouts govern; the client's own would cut its retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
                Tune(resilience, sp.GetRequiredService<IOptions<SmsGatewayOptions>>().Value));
        services.TryAddSingleton(static sp => new SmsGatewayClient(
            sp.GetRequiredService<IHttpClientFactory>(), Logger<SmsGatewayClient>(sp)));
        services.TryAddSingleton(static sp => new SmsChannel(
            sp.GetRequiredService<SmsGatewayClient>(),
            sp.GetRequiredService<IOptions<SmsGatewayOptions>>(),
            sp.GetRequiredService<IDeliveryLedger>(),
            sp.GetRequiredService<MailingMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger<SmsChannel>(sp)));
        services.TryAddSingleton(static sp => new SmsDeliveryReportHandler(
            sp.GetRequiredService<IDeliveryLedger>(),
            sp.GetRequiredService<SmsChannel>(),
            sp.GetRequiredService<SuppressionSet>(),
            sp.GetRequiredService<IOptions<SmsGatewayOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            Logger<SmsDeliveryReportHandler>(sp)));
        return services;
    }

    /// <summary>
    /// Retries (POST included: the gateway deduplicates by <c>clientRef</c>) only on 408, 429, 5xx, timeouts and broken
    /// connections, honouring <c>Retry-After</c>; one timeout per attempt and one for the whole send; a circuit breaker;
    /// at most <see cref="SmsGatewayOptions.MaxConcurrency"/> requests in flight.
    /// </summary>
    internal static void Tune(HttpStandardResilienceOptions resilience, SmsGatewayOptions options)
    {
        resilience.RateLimiter.DefaultRateLimiterOptions = new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrency,
            QueueLimit = options.MaxConcurrency * 4,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        if (options.MaxRetryAttempts == 0)
        {
            resilience.Retry.ShouldHandle = static _ => PredicateResult.False();
        }

        resilience.CircuitBreaker.BreakDuration = options.BreakDuration;
        resilience.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2 > TimeSpan.FromSeconds(30) ? options.AttemptTimeout * 2 : TimeSpan.FromSeconds(30);
    }

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
