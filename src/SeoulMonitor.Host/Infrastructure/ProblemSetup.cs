using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>RFC 7807 everywhere: every error response, including framework ones, carries a stable <c>code</c>.</summary>
internal static class ProblemSetup
{
    public static IServiceCollection AddSeoulMonitorProblems(this IServiceCollection services)
    {
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Minimal APIs throw BadHttpRequestException (handled below) only when asked to; otherwise they answer a bare 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.TryAdd("traceId", context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.Id ?? context.HttpContext.TraceIdentifier);
            if (!problem.Extensions.ContainsKey("code"))
            {
                var code = CodeForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Extensions["code"] = code;
                problem.Type = ProblemMapping.TypePrefix + code;
            }
        });
        return services;
    }

    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.invalid",
        StatusCodes.Status401Unauthorized => "auth.unauthenticated",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "route.not_found",
        StatusCodes.Status405MethodNotAllowed => "route.method_not_allowed",
        StatusCodes.Status413PayloadTooLarge => "request.too_large",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported_media_type",
        _ when status >= 500 => "server.error",
        _ => "request.failed",
    };

    /// <summary>Malformed JSON, wrong types and over-large bodies become 400/413 problems with stable codes.</summary>
    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            var code = tooLarge ? "request.too_large" : "request.malformed";
            httpContext.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = httpContext.Response.StatusCode,
                    Title = tooLarge ? "The request body is too large." : "The request body could not be read.",
                    Detail = tooLarge
                        ? "The request body exceeds the size limit."
                        : "The request body is not valid JSON of the expected shape (check types, dates as yyyy-MM-dd, and required fields).",
                    Type = ProblemMapping.TypePrefix + code,
                    Extensions =
                    {
                        ["code"] = code,
                        ["detail_ko"] = tooLarge ? "요청 본문이 허용 크기를 넘습니다." : "요청 본문을 읽을 수 없습니다(형식, 날짜 yyyy-MM-dd, 필수 항목을 확인하세요).",
                    },
                },
            });
        }
    }
}
