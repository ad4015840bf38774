using SeoulMonitor.Core.AccessLog;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Host.Infrastructure;

namespace SeoulMonitor.Host.Monitors;

/// <summary>Records staff access to personal data from an HTTP request (caller, client address) before disclosure.</summary>
internal static class PersonalDataAccessHttp
{
    /// <summary>Checks the declared purpose (and download reason) without recording.</summary>
    public static DomainError? Check(AccessAction action, string? purpose, string? reason = null) =>
        PersonalDataAccessLog.Validate(new AccessRequest("check", "*", action, purpose, reason));

    /// <summary>Records the access; a refusal means nothing may be disclosed.</summary>
    public static async Task<DomainError?> RecordAsync(
        this PersonalDataAccessLog log, HttpContext http, string subjectType, string subjectId, AccessAction action,
        string? purpose, string? reason, int recordCount, CancellationToken cancellationToken)
    {
        var request = new AccessRequest(subjectType, subjectId, action, purpose, reason, recordCount, http.ClientAddress());
        var result = await log.RecordAsync(http.User.ToActor(), request, cancellationToken);
        return result.IsSuccess ? null : result.Error;
    }

    /// <summary>The client's address, when known.</summary>
    public static string? ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
