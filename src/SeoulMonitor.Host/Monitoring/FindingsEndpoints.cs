using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.Findings;
using SeoulMonitor.Core.Monitoring.Statistics;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Consolidation: task statistics and findings (staff draft, edit, merge, split, quote, illustrate and send); the
/// department reads its own tasks' sent findings (never data about monitors); monitors read the findings they
/// contributed to. The department loop is in <see cref="ReflectionEndpoints"/>, reports in <see cref="ReportsEndpoints"/>.
/// </summary>
internal static class FindingsEndpoints
{
    /// <summary>Maps the findings, reflection and report endpoints of the monitoring feature.</summary>
    public static IEndpointRouteBuilder MapMonitoringFindingsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapFindingsEndpoints();
        routes.MapReflectionEndpoints();
        routes.MapReportsEndpoints();
        return routes;
    }

    public static IEndpointRouteBuilder MapFindingsEndpoints(this IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/api/tasks/{id:guid}").WithTags("Findings");
        tasks.MapGet("/statistics", StatisticsAsync).RequireStaffOrDepartment();
        tasks.MapGet("/findings", ListAsync).RequireStaffOrDepartment();
        tasks.MapPost("/findings", DraftAsync).RequireAuthorization(Policies.Staff);
        tasks.MapPost("/findings/send", SendAsync).RequireAuthorization(Policies.Staff);

        var findings = routes.MapGroup("/api/findings/{id:guid}").WithTags("Findings");
        findings.MapGet("", GetAsync).RequireStaffOrDepartment();
        findings.MapPut("", FindingsDraftHandlers.EditAsync).RequireAuthorization(Policies.Staff);
        findings.MapPost("/merge", FindingsDraftHandlers.MergeAsync).RequireAuthorization(Policies.Staff);
        findings.MapPost("/split", FindingsDraftHandlers.SplitAsync).RequireAuthorization(Policies.Staff);
        findings.MapPost("/quotes", FindingsDraftHandlers.AddQuoteAsync).RequireAuthorization(Policies.Staff);
        findings.MapDelete("/quotes/{quoteId:guid}", FindingsDraftHandlers.RemoveQuoteAsync).RequireAuthorization(Policies.Staff);
        findings.MapPost("/photos", FindingsDraftHandlers.AddPhotoAsync).RequireAuthorization(Policies.Staff);
        findings.MapDelete("/photos/{photoId:guid}", FindingsDraftHandlers.RemovePhotoAsync).RequireAuthorization(Policies.Staff);
        findings.MapGet("/photos/{photoId:guid}", FindingsPhotoHandler.PhotoAsync).RequireStaffOrDepartment();

        routes.MapGet("/api/my/findings", MineAsync).WithTags("Findings").RequireAuthorization(Policies.Monitor);
        return routes;
    }

    public static async Task<Results<Ok<TaskStatistics>, ProblemHttpResult>> StatisticsAsync(
        Guid id, ClaimsPrincipal user, TaskStatisticsService statistics, CancellationToken cancellationToken) =>
        (await statistics.GetAsync(id, user.ToActor(), cancellationToken)).ToOkOrProblem();

    /// <summary>Staff get every finding with its sources; a department officer its own task's sent findings.</summary>
    public static async Task<IResult> ListAsync(Guid id, ClaimsPrincipal user, FindingReader reader, CancellationToken cancellationToken)
    {
        var actor = user.ToActor();
        return actor.Kind == ActorKind.Staff
            ? Ok(await reader.ListAsync(id, actor, cancellationToken))
            : Ok(await reader.ListForDepartmentAsync(id, actor, cancellationToken));
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, FindingReader reader, CancellationToken cancellationToken)
    {
        var actor = user.ToActor();
        return actor.Kind == ActorKind.Staff
            ? Ok(await reader.GetAsync(id, actor, cancellationToken))
            : Ok(await reader.GetForDepartmentAsync(id, actor, cancellationToken));
    }

    public static async Task<Results<Created<FindingView>, ProblemHttpResult>> DraftAsync(
        Guid id, FindingDraftRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.DraftAsync(id, request.Title, request.Summary, request.SourceSubmissionIds, user.ToActor(), cancellationToken))
            .ToCreatedOrProblem(f => $"/api/findings/{f.Id:D}");

    public static async Task<Results<Ok<IReadOnlyList<FindingView>>, ProblemHttpResult>> SendAsync(
        Guid id, FindingSendRequest request, ClaimsPrincipal user, FindingService findings, CancellationToken cancellationToken) =>
        (await findings.SendAsync(id, request.FindingIds, user.ToActor(), cancellationToken)).ToOkOrProblem();

    public static async Task<Results<Ok<IReadOnlyList<MyFindingView>>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, FindingReader reader, CancellationToken cancellationToken) =>
        user.MonitorId() is { } monitorId
            ? TypedResults.Ok(await reader.MineAsync(monitorId, cancellationToken))
            : CallerProblems.MonitorIdInvalid();

    private static IResult Ok<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
}
