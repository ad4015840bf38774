using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Tests.DependencyInjection;

public sealed class SeoulMonitorCoreServiceCollectionExtensionsTests
{
    private static readonly IConfigurationSection EmptySection = new ConfigurationBuilder().Build().GetSection("SeoulMonitor");

    [Fact]
    public void AddSeoulMonitorCore_NullArguments_ThrowWithParameterNames()
    {
        var services = new ServiceCollection();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSeoulMonitorCore(EmptySection)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSeoulMonitorCore(_ => { })).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => services.AddSeoulMonitorCore((IConfigurationSection)null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddSeoulMonitorCore((Action<SeoulMonitorCoreOptions>)null!)).ParamName);
    }

    [Fact]
    public void AddSeoulMonitorCore_Always_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddSeoulMonitorCore(_ => { }));
        Assert.Same(services, services.AddSeoulMonitorCore(EmptySection));
    }

    [Fact]
    public void AddSeoulMonitorCore_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddSeoulMonitorCore(_ => { });
        services.AddSeoulMonitorCore(_ => { });

        Assert.Single(services, d => d.ServiceType == typeof(AuditTrail));
        Assert.Single(services, d => d.ServiceType == typeof(PersonalDataAccessLog));
        Assert.Single(services, d => d.ServiceType == typeof(SeoulMonitorDbContext));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SeoulMonitorCoreOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public async Task AddSeoulMonitorCore_CalledTwice_StillResolvesAndValidates()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSeoulMonitorCore(o => o.Storage.ConnectionString = "Data Source=twice.db");
        services.AddSeoulMonitorCore(o => o.AccessReview.BulkRecordThreshold = 7);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = provider.GetRequiredService<IOptions<SeoulMonitorCoreOptions>>().Value;

        Assert.Equal("Data Source=twice.db", options.Storage.ConnectionString);
        Assert.Equal(7, options.AccessReview.BulkRecordThreshold);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, typeof(SqliteSeoulMonitorDbContext))]
    [InlineData(StorageProvider.PostgreSql, typeof(PostgresSeoulMonitorDbContext))]
    public async Task AddSeoulMonitorCore_Provider_ResolvesServicesOnThatProvidersContext(StorageProvider storage, Type contextType)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSeoulMonitorCore(o =>
        {
            o.Storage.Provider = storage;
            o.Storage.ConnectionString = storage == StorageProvider.Sqlite ? "Data Source=unused.db" : "Host=127.0.0.1;Database=unused";
        });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();

        Assert.IsType(contextType, context);
        Assert.Equal(storage, context.Provider);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<AuditTrail>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<PersonalDataAccessLog>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<SeoulMonitorDatabase>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }
}
