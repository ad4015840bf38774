using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audiences.Lists;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// The lists catalogue: anyone reads the open lists and one list with its current notice (the subscribe form shows
/// them); staff also see closed lists (<c>?include_closed=true</c>), every notice version, create department lists,
/// open and close lists and publish notice versions.
/// </summary>
internal static class ListsEndpoints
{
    public static RouteGroupBuilder MapListsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/lists").WithTags("Lists");
        group.MapGet("", ListAsync).AllowAnonymous();
        group.MapGet("/{key}", GetAsync).AllowAnonymous();
        group.MapGet("/{key}/notices", NoticesAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("", CreateAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{key}/open", OpenAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{key}/close", CloseAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{key}/notices", PublishNoticeAsync).RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<MailingListView>>, ProblemHttpResult>> ListAsync(
        bool? include_closed, HttpContext http, MailingListService lists, CancellationToken cancellationToken)
    {
        if (include_closed == true && !http.User.IsInRole(Roles.Staff))
        {
            return ProblemMapping.Problem(ErrorKind.Forbidden, "list.closed.staff_only", "Only staff see closed lists.", "구독을 받지 않는 목록은 담당자만 볼 수 있습니다.");
        }

        return TypedResults.Ok(await lists.ListAsync(include_closed == true, cancellationToken));
    }

    private static async Task<Results<Ok<MailingListView>, ProblemHttpResult>> GetAsync(string key, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.GetAsync(key, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<IReadOnlyList<ListNoticeView>>, ProblemHttpResult>> NoticesAsync(string key, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.NoticesAsync(key, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Created<MailingListView>, ProblemHttpResult>> CreateAsync(
        DepartmentListDraft draft, HttpContext http, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.CreateDepartmentListAsync(http.User.ToActor(), draft, cancellationToken)).ToCreatedOrProblem(l => $"/api/lists/{l.Key}");

    private static async Task<Results<Ok<MailingListView>, ProblemHttpResult>> OpenAsync(string key, HttpContext http, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.OpenAsync(http.User.ToActor(), key, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<MailingListView>, ProblemHttpResult>> CloseAsync(string key, HttpContext http, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.CloseAsync(http.User.ToActor(), key, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Created<ListNoticeView>, ProblemHttpResult>> PublishNoticeAsync(
        string key, ListNoticeDraft draft, HttpContext http, MailingListService lists, CancellationToken cancellationToken) =>
        (await lists.PublishNoticeAsync(http.User.ToActor(), key, draft, cancellationToken)).ToCreatedOrProblem(_ => $"/api/lists/{key}/notices");
}
