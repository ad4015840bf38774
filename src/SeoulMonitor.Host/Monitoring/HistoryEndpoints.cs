using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitoring.History;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitoring;

/// <summary>
/// Staff import past monitoring tasks as closed, historical tasks: the embedded 2013–2014 records, or a city's own
/// records as a <c>text/csv</c> body (UTF-8, at most <see cref="HistoryLimits.MaxCsvBytes"/> bytes, the columns of
/// <see cref="HistoryColumns"/>). Both are idempotent and answer with the counts.
/// </summary>
internal static class HistoryEndpoints
{
    public static RouteGroupBuilder MapHistoryEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/monitoring/history").WithTags("Monitoring history").RequireAuthorization(Policies.Staff);
        group.MapPost("/import", ImportEmbeddedAsync)
            .WithSummary("Imports the embedded 2013–2014 records (63 tasks); records imported before are left as they are.");
        group.MapPost("/import-csv", ImportCsvAsync)
            .WithMetadata(new RequestSizeLimitAttribute(HistoryLimits.MaxCsvBytes))
            .WithSummary("Imports records from a text/csv body; a bad line is refused with its number and nothing is written.");
        return group;
    }

    private static async Task<Results<Ok<HistoryImportResult>, ProblemHttpResult>> ImportEmbeddedAsync(
        ClaimsPrincipal user, HistoricalTaskImporter importer, CancellationToken cancellationToken) =>
        (await importer.ImportEmbeddedAsync(user.ToActor(), cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<HistoryImportResult>, ProblemHttpResult>> ImportCsvAsync(
        HttpRequest request, HistoricalTaskImporter importer, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return WithStatus(ProblemMapping.Problem(
                ErrorKind.Validation, "history.csv.content_type", "Send the records as a text/csv body (UTF-8).",
                "기록을 text/csv 본문(UTF-8)으로 보내세요.", "Content-Type"), StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > HistoryLimits.MaxCsvBytes)
        {
            return WithStatus(HistoryErrors.TooLarge.ToProblem(), StatusCodes.Status413PayloadTooLarge);
        }

        var result = await importer.ImportAsync(request.HttpContext.User.ToActor(), request.Body, cancellationToken);
        return !result.IsSuccess && result.Error == HistoryErrors.TooLarge
            ? WithStatus(result.Error.ToProblem(), StatusCodes.Status413PayloadTooLarge)
            : result.ToOkOrProblem();
    }

    private static ProblemHttpResult WithStatus(ProblemHttpResult problem, int status)
    {
        problem.ProblemDetails.Status = status;
        return TypedResults.Problem(problem.ProblemDetails);
    }
}
