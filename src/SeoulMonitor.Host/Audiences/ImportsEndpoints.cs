using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SeoulMonitor.Core.Audiences;
using SeoulMonitor.Core.Audiences.Imports;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audiences;

/// <summary>
/// Staff imports of subscribers and their consents: upload a CSV (multipart field <c>file</c>), read a run, download its
/// per-line report, list runs. Staff only. The upload's size is limited to <see cref="AudienceLimits.MaxImportBytes"/>
/// (plus the multipart envelope); larger bodies get 413 <c>request.too_large</c> or <c>import.file.too_large</c>.
/// </summary>
internal static class ImportsEndpoints
{
    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    public static RouteGroupBuilder MapImportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization(Policies.Staff);
        group.MapPost("", ImportsHandlers.UploadAsync)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(AudienceLimits.MaxImportBytes + EnvelopeBytes))
            .WithFormOptions(multipartBodyLengthLimit: AudienceLimits.MaxImportBytes + EnvelopeBytes);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id:guid}/report.csv", ImportsHandlers.ReportAsync);
        return group;
    }

    private static async Task<Results<Ok<ImportRunView>, ProblemHttpResult>> GetAsync(
        Guid id, SubscriberImportService imports, CancellationToken cancellationToken) =>
        (await imports.GetAsync(id, cancellationToken)).ToOkOrProblem();

    private static async Task<Results<Ok<IReadOnlyList<ImportRunView>>, ProblemHttpResult>> ListAsync(
        int? skip, int? take, SubscriberImportService imports, CancellationToken cancellationToken) =>
        (await imports.ListAsync(skip, take, cancellationToken)).ToOkOrProblem();
}
