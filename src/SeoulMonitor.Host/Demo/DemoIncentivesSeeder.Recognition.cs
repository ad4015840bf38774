using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Incentives.Awards;
using SeoulMonitor.Core.Incentives.Budget;

namespace SeoulMonitor.Host.Demo;

internal sealed partial class DemoIncentivesSeeder
{
    /// <summary>The paid consultation's allowance, in won.</summary>
    internal const long ConsultationAllowance = 300_000;

    /// <summary>Opens this year's award cycle (three monitors, one community), computes its nominations and starts the review.</summary>
    private async Task<int> SeedAwardsAsync(int year, CancellationToken cancellationToken)
    {
        Require("award cycle", await awards.OpenAsync(new OpenAwardCycleRequest(year, 3, 1), Staff, cancellationToken));
        var computed = Require("award nominations", await awards.ComputeNominationsAsync(year, Staff, cancellationToken));
        Require("award review", await awards.StartReviewAsync(year, Staff, cancellationToken));
        return computed.MonitorNominations + computed.CommunityNominations;
    }

    /// <summary>Two advisers (fictitious) and one consultation on the reported task, held and its allowance paid from the advisory line.</summary>
    private async Task SeedAdvisersAsync(Guid reportedTaskId, IReadOnlyList<BudgetLineView> lines, CancellationToken cancellationToken)
    {
        var walking = Require("adviser", await advisers.AddAsync(new AdviserRequest(
            "윤성호", "보행환경·교통안전", "서울연구원 (Seoul Institute)", "adviser-walk@example.com"), Staff, cancellationToken));
        Require("adviser", await advisers.AddAsync(new AdviserRequest(
            "서민정", "공공서비스 디자인", "한빛대학교 행정학과", "adviser-design@example.com"), Staff, cancellationToken));
        var advisory = LineFor(lines, BudgetPurpose.ExpertAdvice);
        var consultation = Require("consultation", await consultations.PlanAsync(new PlanConsultationRequest(
            walking.Id, "보행자 우선도로 점검 결과 해석과 개선 우선순위 자문", DaysAgo(7), ConsultationAllowance, advisory.Id, reportedTaskId),
            Staff, cancellationToken));
        Require("consultation held", await consultations.HoldAsync(consultation.Id, Staff, cancellationToken));
        Require("consultation paid", await consultations.PayAsync(consultation.Id, Staff, cancellationToken));
    }
}
