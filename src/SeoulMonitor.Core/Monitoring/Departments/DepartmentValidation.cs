using SeoulMonitor.Core.Common;
using SeoulMonitor.Core.Monitors;

namespace SeoulMonitor.Core.Monitoring.Departments;

/// <summary>Input checks of the department registry.</summary>
internal static class DepartmentValidation
{
    public static Result<string> Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DepartmentErrors.NameRequired;
        }

        var name = value.Trim();
        return name.Length > MonitoringLimits.DepartmentMaxLength || name.Any(char.IsControl) ? DepartmentErrors.NameInvalid : name;
    }

    /// <summary>An optional notices address: blank means none; otherwise a plain e-mail address (<c>department.contact_email.*</c>).</summary>
    public static Result<string?> ContactEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result<string?>.Success(null);
        }

        var email = MonitorInput.Email("department", value);
        if (email.IsSuccess)
        {
            return email.Value;
        }

        var suffix = email.Error.Code[(email.Error.Code.LastIndexOf('.') + 1)..];
        return email.Error with { Code = $"department.contact_email.{suffix}", Field = "contactEmail" };
    }
}
