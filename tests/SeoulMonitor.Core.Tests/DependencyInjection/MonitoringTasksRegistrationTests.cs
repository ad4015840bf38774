using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.Demands;
using SeoulMonitor.Core.Monitoring.Departments;
using SeoulMonitor.Core.Monitoring.Forms;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;

namespace SeoulMonitor.Core.Tests.DependencyInjection;

public sealed class MonitoringTasksRegistrationTests
{
    [Fact]
    public async Task AddSeoulMonitorCore_CalledTwice_ResolvesEachTaskServiceOnce()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSeoulMonitorCore(o => (o.Storage.Provider, o.Storage.ConnectionString) = (StorageProvider.Sqlite, "Data Source=:memory:"));
        services.AddSeoulMonitorCore(o => (o.Storage.Provider, o.Storage.ConnectionString) = (StorageProvider.Sqlite, "Data Source=:memory:"));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();

        Type[] types =
        [
            typeof(DepartmentService), typeof(DemandService), typeof(DemandRoundService), typeof(DemandScreeningService),
            typeof(TaskSetupService), typeof(TaskLifecycleService), typeof(TaskQueryService), typeof(TaskFormService),
        ];
        Assert.All(types, t => Assert.NotNull(scope.ServiceProvider.GetRequiredService(t)));
        Assert.All(types, t => Assert.Single(services, d => d.ServiceType == t));
    }
}
