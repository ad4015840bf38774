using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>
/// A draft that passed the form checks, with its payload hash: SHA-256 over the task, the form version, the canonical
/// answers, the replaced submission and the photos' question keys and content hashes in upload order. Two posts of one
/// client id are the same submission exactly when their hashes are equal.
/// </summary>
internal sealed record SubmissionPayload(int FormVersion, string Answers, IReadOnlyList<CheckedPhoto> Photos, string Hash)
{
    public static SubmissionPayload Create(Guid taskId, int formVersion, string answers, IReadOnlyList<CheckedPhoto> photos, Guid? supersedesId)
    {
        var text = new StringBuilder()
            .Append("task=").Append(taskId.ToString("D")).Append('\n')
            .Append("form=").Append(formVersion.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("supersedes=").Append(supersedesId?.ToString("D") ?? "-").Append('\n')
            .Append("answers=").Append(answers).Append('\n');
        foreach (var photo in photos)
        {
            text.Append("photo=").Append(photo.QuestionKey).Append(':').Append(photo.Sha256).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new SubmissionPayload(formVersion, answers, photos, hash);
    }
}
