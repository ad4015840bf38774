using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Incentives.Budget;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Incentives;

/// <summary>
/// The program's budget, for staff only: load the embedded 2013–2015 budget or upload a city's own budget file (a
/// <c>text/csv</c> body in the same format, strict UTF-8, at most <see cref="BudgetLimits.MaxFileBytes"/> bytes: larger
/// bodies get 413 <c>budget.file.too_large</c>), create years and lines, amend a line,
/// close and reopen a year, and read a year's execution report (JSON or CSV). Other callers are refused with 403
/// <c>auth.forbidden</c> before anything is read or written.
/// </summary>
internal static class BudgetEndpoints
{
    public static RouteGroupBuilder MapBudgetEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/budget").WithTags("Budget").RequireAuthorization(Policies.Staff);
        group.MapPost("/load", LoadAsync).WithSummary("Loads the embedded 2013–2015 budget (idempotent).");
        group.MapPost("/upload", UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(BudgetLimits.MaxFileBytes))
            .WithSummary("Loads a budget file (text/csv, UTF-8, the 2013–2015 file's format; idempotent; a bad line is refused with its number).");
        group.MapGet("/years", ListYearsAsync).WithSummary("The budget years.");
        group.MapPost("/years", CreateYearAsync).WithSummary("Creates a budget year with its lines.");
        group.MapGet("/years/{year:int}/report", ReportAsync).WithSummary("A year's execution report per line and category.");
        group.MapGet("/years/{year:int}/report.csv", ReportCsvAsync).WithSummary("The execution report as CSV (UTF-8 with BOM).");
        group.MapPost("/years/{year:int}/lines", AddLineAsync).WithSummary("Adds a line to an open year.");
        group.MapPost("/years/{year:int}/close", CloseAsync).WithSummary("Closes a year: no new commitments or payments.");
        group.MapPost("/years/{year:int}/reopen", ReopenAsync).WithSummary("Reopens a closed year, with a reason.");
        group.MapPut("/lines/{id:guid}", AmendAsync).WithSummary("Amends a line's amount (never below committed + paid).");
        return group;
    }

    private static async Task<Results<Ok<BudgetLoadResult>, ProblemHttpResult>> LoadAsync(
        ClaimsPrincipal user, BudgetLoader loader, CancellationToken cancellationToken) =>
        (await loader.LoadEmbeddedAsync(user.ToActor(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<BudgetLoadResult>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, BudgetLoader loader, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return WithStatus(ProblemMapping.Problem(
                ErrorKind.Validation, "budget.file.content_type", "Send the budget file as a text/csv body (UTF-8).",
                "예산 파일을 text/csv 본문(UTF-8)으로 보내세요.", "Content-Type"), StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > BudgetLimits.MaxFileBytes)
        {
            return WithStatus(BudgetFileErrors.TooLarge.ToProblem(), StatusCodes.Status413PayloadTooLarge);
        }

        var result = await loader.LoadAsync(request.HttpContext.User.ToActor(), request.Body, cancellationToken);
        return !result.IsSuccess && result.Error == BudgetFileErrors.TooLarge
            ? WithStatus(result.Error.ToProblem(), StatusCodes.Status413PayloadTooLarge)
            : result.ToOkOrProblem();
    }

    private static ProblemHttpResult WithStatus(ProblemHttpResult problem, int status)
    {
        problem.ProblemDetails.Status = status;
        return TypedResults.Problem(problem.ProblemDetails);
    }

    private static async Task<Ok<IReadOnlyList<BudgetYearView>>> ListYearsAsync(BudgetService budget, CancellationToken cancellationToken) =>
        TypedResults.Ok(await budget.ListYearsAsync(cancellationToken));

    private static async Task<Results<Created<BudgetExecutionReport>, ProblemHttpResult>> CreateYearAsync(
        CreateBudgetYearRequest request, ClaimsPrincipal user, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.CreateYearAsync(request, user.ToActor(), cancellationToken))
            .ToCreatedOrProblem(r => string.Create(CultureInfo.InvariantCulture, $"/api/budget/years/{r.Year}/report"));

    private static async Task<Results<Ok<BudgetExecutionReport>, ProblemHttpResult>> ReportAsync(
        int year, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.GetReportAsync(year, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportCsvAsync(
        int year, BudgetService budget, CancellationToken cancellationToken)
    {
        var csv = await budget.ExportReportCsvAsync(year, cancellationToken);
        return csv.IsSuccess
            ? TypedResults.File(csv.Value, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"budget-{year}.csv"))
            : csv.Error.ToProblem();
    }

    private static async Task<Results<Created<BudgetLineView>, ProblemHttpResult>> AddLineAsync(
        int year, BudgetLineRequest request, ClaimsPrincipal user, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.AddLineAsync(year, request, user.ToActor(), cancellationToken)).ToCreatedOrProblem(l => $"/api/budget/lines/{l.Id:D}");

    private static async Task<Results<Ok<BudgetYearView>, ProblemHttpResult>> CloseAsync(
        int year, ClaimsPrincipal user, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.CloseYearAsync(year, user.ToActor(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<BudgetYearView>, ProblemHttpResult>> ReopenAsync(
        int year, BudgetReasonRequest? request, ClaimsPrincipal user, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.ReopenYearAsync(year, request?.Reason, user.ToActor(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<BudgetLineView>, ProblemHttpResult>> AmendAsync(
        Guid id, BudgetAmendRequest request, ClaimsPrincipal user, BudgetService budget, CancellationToken cancellationToken) =>
        (await budget.AmendLineAsync(id, request.Amount, user.ToActor(), cancellationToken)).ToOkOrProblem();
}
