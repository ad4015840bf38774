using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Audiences.Consents;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Communities;
using SeoulMonitor.Core.Monitors;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Core.Training;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Demo;

public sealed class DemoDataSeederTests
{
    [Fact]
    public async Task Start_DemoEnabled_SeedsMonitorsCommunitiesTrainingAndSubscribersThroughTheServices()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var client = app.CreateStaffClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(10, await db.Set<Membership>().CountAsync(m => m.State == MembershipState.Active, ct));
        Assert.Equal(2, await db.Set<MonitorApplication>().CountAsync(a => a.State == ApplicationState.Submitted, ct));
        Assert.Equal(2, await db.Set<Community>().CountAsync(c => c.State == CommunityState.Active, ct));
        Assert.Equal(3, await db.Set<TrainingSession>().CountAsync(ct));
        Assert.Equal(6, await db.Set<TrainingRegistration>().CountAsync(ct));
        Assert.Equal(8, await db.Set<Subscriber>().CountAsync(ct));
        Assert.Equal(16, await db.Set<Consent>().CountAsync(c => c.State == ConsentState.Active && c.Source == ConsentSource.Import, ct));
        var verification = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.True(verification.EntriesChecked > 20);
    }

    [Fact]
    public async Task Start_SecondTime_DoesNotSeedAgain()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var client = app.CreateStaffClient();
        _ = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeoulMonitor.Host.Demo.DemoDataSeeder>().SeedIfEmptyAsync(TestContext.Current.CancellationToken);
        }

        var json = await client.GetStringAsync(new Uri("/api/memberships?purpose=demo-check", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(10, document.RootElement.GetArrayLength());
    }
}
