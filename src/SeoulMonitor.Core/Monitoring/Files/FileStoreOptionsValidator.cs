using Microsoft.Extensions.Options;

namespace SeoulMonitor.Core.Monitoring.Files;

/// <summary>The rules of <see cref="FileStoreOptions"/>; a broken configuration fails at start.</summary>
internal sealed class FileStoreOptionsValidator : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RootPath))
        {
            return ValidateOptionsResult.Fail("Monitoring:Files:RootPath is required.");
        }

        if (options.RootPath.Length > 400 || options.RootPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || options.RootPath.Contains('\0', StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail("Monitoring:Files:RootPath must be a valid path of at most 400 characters.");
        }

        return ValidateOptionsResult.Success;
    }
}
