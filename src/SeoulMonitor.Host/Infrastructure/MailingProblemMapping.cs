using Microsoft.AspNetCore.Http.HttpResults;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Host.Infrastructure;

/// <summary>Turns the mail engine's refusals into RFC 7807 problems with its stable codes.</summary>
public static class MailingProblemMapping
{
    private static readonly HashSet<string> Conflicts = new(StringComparer.Ordinal)
    {
        "campaign.invalid_transition",
        "campaign.concurrent_change",
        "campaign.already_exists",
        "campaign.deadline_passed",
        "campaign.send_at.missing",
        "sms.transport.missing",
    };

    /// <summary>The error kind of a code: <c>*.not_found</c> 404, state conflicts 409, everything else validation 400.</summary>
    public static ErrorKind KindOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.EndsWith(".not_found", StringComparison.Ordinal) ? ErrorKind.NotFound
            : Conflicts.Contains(code) ? ErrorKind.Conflict
            : ErrorKind.Validation;
    }

    /// <summary>The problem for a refusal of the mail engine.</summary>
    public static ProblemHttpResult ToProblem(this MailingError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new DomainError(error.Code, KindOf(error.Code), error.Message, error.MessageKo).ToProblem();
    }

    /// <summary>200 with the value, or the refusal's problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOkOrProblem<T>(this MailingResult<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
}
