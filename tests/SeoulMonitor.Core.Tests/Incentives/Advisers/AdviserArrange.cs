using Microsoft.EntityFrameworkCore;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Advisers;
using SeoulMonitor.Core.Tests.Infrastructure;

namespace SeoulMonitor.Core.Tests.Incentives.Advisers;

/// <summary>Adviser and consultation helpers.</summary>
internal static class AdviserArrange
{
    public static readonly Actor Staff = Actor.Staff("staff-advice");

    /// <summary>The fake clock's day in Seoul (2026-03-02).</summary>
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static AdviserRequest Kim { get; } = new("김도시", "도시계획", "서울연구원", "dosi.kim@si.re.kr");

    public static Task<T> AdvisersAsync<T>(this CoreTestHost host, Func<AdviserService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static Task<T> ConsultationsAsync<T>(this CoreTestHost host, Func<ConsultationService, CancellationToken, Task<T>> work) => host.RunAsync(work);

    public static async Task<Guid> AdviserAsync(this CoreTestHost host)
    {
        var added = await host.AdvisersAsync((s, ct) => s.AddAsync(Kim, Staff, ct));
        Assert.True(added.IsSuccess, added.Error?.Code);
        return added.Value.Id;
    }

    public static Task<Result<ConsultationView>> PlanAsync(
        this CoreTestHost host, Guid adviserId, Guid lineId, long allowance = 200_000, DateOnly? heldOn = null, string topic = "지하철 역사 접근성 점검표 자문") =>
        host.ConsultationsAsync((s, ct) => s.PlanAsync(new PlanConsultationRequest(adviserId, topic, heldOn ?? Today, allowance, lineId), Staff, ct));

    public static Task<int> ConsultationCountAsync(this CoreTestHost host) => host.QueryAsync(db => db.Set<Consultation>().CountAsync(Ct));
}
