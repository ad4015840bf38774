using SeoulMonitor.Core.Incentives.Insurance;
using SeoulMonitor.Core.Monitoring.Tasks;

namespace SeoulMonitor.Host.Demo;

internal sealed partial class DemoIncentivesSeeder
{
    /// <summary>
    /// Draws up the fieldwork task's injury-insurance roster (its four selected monitors, covered for its fieldwork window)
    /// and files one claim for monitor 6, halfway between the start of fieldwork and now. Returns the members covered.
    /// </summary>
    private async Task<int> SeedInsuranceAsync(TaskView fieldwork, IReadOnlyList<Guid> monitors, CancellationToken cancellationToken)
    {
        var roster = Require("insurance roster", await rosters.DrawUpAsync(fieldwork.Id, Staff, cancellationToken));
        var now = time.GetUtcNow();
        var incident = roster.CoverageStart + ((now - roster.CoverageStart) / 2);
        Require("insurance claim", await claims.FileAsync(new FileClaimRequest(fieldwork.Id, monitors[5], incident,
            "민원실 점검을 마치고 나오다 계단에서 미끄러져 발목을 삐었습니다. (Slipped on the stairs leaving the civil-service office and sprained an ankle.)"),
            Staff, cancellationToken));
        return roster.MemberCount;
    }
}
