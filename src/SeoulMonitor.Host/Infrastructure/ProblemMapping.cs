using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Turns the domain's typed refusals into RFC 7807 problem details with stable codes.</summary>
public static class ProblemMapping
{
    /// <summary>The problem type URI prefix; the stable code follows it.</summary>
    public const string TypePrefix = "https://seoulmonitor.github.io/problems/";

    /// <summary>The HTTP status of an error kind.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Rule => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The problem for a refusal.</summary>
    public static ProblemHttpResult ToProblem(this DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = error.Code,
            ["detail_ko"] = error.MessageKo,
        };
        if (error.Field is not null)
        {
            extensions["field"] = error.Field;
        }

        return TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusOf(error.Kind),
            title: TitleOf(error.Kind),
            type: TypePrefix + error.Code,
            extensions: extensions);
    }

    /// <summary>A problem for a refusal made by the host itself (not the domain).</summary>
    public static ProblemHttpResult Problem(ErrorKind kind, string code, string message, string messageKo, string? field = null) =>
        new DomainError(code, kind, message, messageKo, field).ToProblem();

    /// <summary>200 with the value, or the refusal's problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOkOrProblem<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    /// <summary>201 with the value at <paramref name="location"/>, or the refusal's problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> ToCreatedOrProblem<T>(this Result<T> result, Func<T, string> location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();
    }

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The request is invalid.",
        ErrorKind.NotFound => "The record was not found.",
        ErrorKind.Conflict => "The record's state does not allow this.",
        ErrorKind.Forbidden => "You may not do this.",
        ErrorKind.Rule => "A program rule refuses this.",
        _ => "Error",
    };
}
