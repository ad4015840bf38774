using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Core.Monitoring.Tasks;
using SeoulMonitor.Core.Persistence;
using SeoulMonitor.Host.Tests.Infrastructure;

namespace SeoulMonitor.Host.Tests.Demo;

public sealed class DemoHistoryTests
{
    [Fact]
    public async Task Start_DemoEnabled_ImportsThe63HistoricalTasksAndTheirYearlyStatistics()
    {
        await using var app = new SeoulMonitorApplication(demo: true);
        using var client = app.CreateStaffClient();
        var ct = TestContext.Current.CancellationToken;

        var response = await client.GetAsync(new Uri("/api/statistics/yearly?from=2013&to=2014", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var years = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("years");
        Assert.Equal((38, 25), (years[0].GetProperty("tasks").GetInt32(), years[1].GetProperty("tasks").GetInt32()));
        Assert.Equal((ParticipantsIn("2013"), ParticipantsIn("2014")), (years[0].GetProperty("participants").GetInt32(), years[1].GetProperty("participants").GetInt32()));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoulMonitorDbContext>();
        Assert.Equal(63, await db.Set<MonitoringTask>().CountAsync(t => t.IsHistorical && t.State == MonitoringTaskState.Closed, ct));
    }

    /// <summary>The sum of the embedded file's participants column in one year.</summary>
    private static int ParticipantsIn(string year)
    {
        using var stream = typeof(HistoricalTaskImporter).Assembly.GetManifestResourceStream("SeoulMonitor.Core.Monitoring.History.monitoring-tasks-2013-2014.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(line => line.Split(',')).Where(cells => cells[0] == year).Sum(cells => int.Parse(cells[5], CultureInfo.InvariantCulture));
    }
}
