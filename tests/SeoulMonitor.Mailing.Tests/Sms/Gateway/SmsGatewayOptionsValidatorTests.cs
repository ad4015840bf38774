using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

public sealed class SmsGatewayOptionsValidatorTests
{
    private static SmsGatewayOptions Valid() => new()
    {
        BaseUrl = "https://sms.example.kr/v1/",
        ApiKey = "key",
        WebhookSecret = new string('s', SmsGatewayOptionsValidator.MinSecretLength),
    };

    private static bool Passes(Action<SmsGatewayOptions> change)
    {
        var options = Valid();
        change(options);
        return new SmsGatewayOptionsValidator().Validate(null, options).Succeeded;
    }

    [Fact]
    public void Validate_DefaultsWithoutGateway_Succeeds() =>
        Assert.True(new SmsGatewayOptionsValidator().Validate(null, new SmsGatewayOptions()).Succeeded);

    [Fact]
    public void Validate_ConfiguredGateway_Succeeds() => Assert.True(Passes(_ => { }));

    [Theory]
    [InlineData("ftp://sms.example.kr/")]
    [InlineData("sms.example.kr")]
    public void Validate_BaseUrlNotHttp_Fails(string url) => Assert.False(Passes(o => o.BaseUrl = url));

    [Fact]
    public void Validate_BaseUrlWithoutApiKey_Fails() => Assert.False(Passes(o => o.ApiKey = " "));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(SmsGatewayOptions.MaxConcurrencyLimit, true)]
    [InlineData(SmsGatewayOptions.MaxConcurrencyLimit + 1, false)]
    public void Validate_MaxConcurrencyBoundaries(int value, bool valid) => Assert.Equal(valid, Passes(o => o.MaxConcurrency = value));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(SmsGatewayOptions.MaxRetryAttemptsLimit, true)]
    [InlineData(SmsGatewayOptions.MaxRetryAttemptsLimit + 1, false)]
    public void Validate_MaxRetryAttemptsBoundaries(int value, bool valid) => Assert.Equal(valid, Passes(o => o.MaxRetryAttempts = value));

    [Theory]
    [InlineData(0.09, false)]
    [InlineData(0.1, true)]
    [InlineData(100_000, true)]
    [InlineData(100_001, false)]
    public void Validate_PerSecondBoundaries(double value, bool valid) => Assert.Equal(valid, Passes(o => o.PerSecond = value));

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(0, false)]
    public void Validate_WebhookToleranceAtMostFiveMinutes(int seconds, bool valid) =>
        Assert.Equal(valid, Passes(o => o.WebhookTolerance = TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(SmsGatewayOptionsValidator.MinSecretLength - 1, false)]
    [InlineData(SmsGatewayOptionsValidator.MinSecretLength, true)]
    public void Validate_WebhookSecretLength(int length, bool valid) => Assert.Equal(valid, Passes(o => o.WebhookSecret = new string('s', length)));

    [Fact]
    public void Validate_TotalTimeoutNotAboveAttemptTimeout_Fails() =>
        Assert.False(Passes(o => (o.AttemptTimeout, o.TotalTimeout) = (TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5))));

    [Fact]
    public void Validate_EmptyHardFailureCode_Fails() => Assert.False(Passes(o => o.HardFailureCodes.Add("")));

    [Fact]
    public async Task AddSeoulMonitorSmsGateway_InvalidOptions_StartFails()
    {
        using var host = new Microsoft.Extensions.Hosting.HostBuilder()
            .ConfigureServices((_, s) => s.AddSeoulMonitorSmsGateway(o => o.BaseUrl = "https://sms.example.kr/"))
            .Build();

        // Both our options and the resilience handler's (tuned from ours) are validated at start.
        var exception = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.All(exception.InnerExceptions, e => Assert.Contains("ApiKey is required", Assert.IsType<OptionsValidationException>(e).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddSeoulMonitorSmsGateway_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("services", () => SmsGatewayServiceCollectionExtensions.AddSeoulMonitorSmsGateway(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddSeoulMonitorSmsGateway((Action<SmsGatewayOptions>)null!));
    }

    [Fact]
    public void Tune_FromOptions_ResilienceHandlerFollowsThem()
    {
        var resilience = new HttpStandardResilienceOptions();
        var options = Valid();
        (options.AttemptTimeout, options.TotalTimeout, options.MaxRetryAttempts, options.BreakDuration, options.MaxConcurrency) =
            (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(9), 3, TimeSpan.FromSeconds(20), 7);

        SmsGatewayServiceCollectionExtensions.Tune(resilience, options);

        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(9), 3, TimeSpan.FromSeconds(20)),
            (resilience.AttemptTimeout.Timeout, resilience.TotalRequestTimeout.Timeout, resilience.Retry.MaxRetryAttempts, resilience.CircuitBreaker.BreakDuration));
        Assert.Equal(7, resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit);
    }

    [Theory]
    [InlineData(SmsGatewayOptionsValidator.MinSecretLength - 1, false)]
    [InlineData(SmsGatewayOptionsValidator.MinSecretLength, true)]
    public void Validate_PreviousWebhookSecretLength_Boundary(int length, bool valid) =>
        Assert.Equal(valid, Passes(o => o.PreviousWebhookSecrets.Add(new string('p', length))));

    [Fact]
    public void Validate_PreviousWebhookSecretRepeated_Fails() => Assert.False(Passes(o =>
    {
        o.PreviousWebhookSecrets.Add(new string('p', 40));
        o.PreviousWebhookSecrets.Add(new string('p', 40));
    }));

    [Fact]
    public void Validate_PreviousWebhookSecretIsTheCurrentOne_Fails() =>
        Assert.False(Passes(o => o.PreviousWebhookSecrets.Add(o.WebhookSecret!)));

    [Fact]
    public void Validate_PreviousWebhookSecretsWithoutCurrent_Fails() => Assert.False(Passes(o =>
    {
        o.WebhookSecret = null;
        o.PreviousWebhookSecrets.Add(new string('p', 40));
    }));

    [Theory]
    [InlineData(SmsGatewayOptions.MaxPreviousWebhookSecrets, true)]
    [InlineData(SmsGatewayOptions.MaxPreviousWebhookSecrets + 1, false)]
    public void Validate_PreviousWebhookSecretCount_Boundary(int count, bool valid) => Assert.Equal(valid, Passes(o =>
    {
        for (var i = 0; i < count; i++)
        {
            o.PreviousWebhookSecrets.Add(new string((char)('a' + i), 40));
        }
    }));
}
