using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Audit;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Audit;

/// <summary>Reading and verifying the hash-chained audit log (staff only).</summary>
internal static class AuditEndpoints
{
    /// <summary>Entries returned when no limit is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Most entries one request may ask for.</summary>
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Staff);
        group.MapGet("", ListAsync).WithName("ListAuditEntries")
            .WithSummary("Audit entries in chain order, optionally of one entity; page with 'after' (the last sequence seen).");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAuditChain")
            .WithSummary("Walks the whole chain and reports the first altered, inserted or removed entry.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ListAsync(
        AuditTrail audit, string? entityType, string? entityId, long? after, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return ProblemMapping.Problem(
                ErrorKind.Validation, "audit.limit.invalid",
                $"The limit must be between 1 and {MaxLimit}.", $"limit은 1~{MaxLimit} 사이여야 합니다.", "limit");
        }

        if (after is < 0)
        {
            return ProblemMapping.Problem(
                ErrorKind.Validation, "audit.after.invalid",
                "'after' must be a sequence number of 0 or more.", "after는 0 이상의 일련번호여야 합니다.", "after");
        }

        Result<IReadOnlyList<AuditEntry>> entries = Result<IReadOnlyList<AuditEntry>>.Success(
            await audit.ReadAsync(entityType, entityId, after ?? 0, limit ?? DefaultLimit, cancellationToken));
        return entries.ToOkOrProblem();
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditTrail audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.VerifyAsync(cancellationToken));
}
