using System.Globalization;
using System.Text;
using SeoulMonitor.Core.Common;

namespace SeoulMonitor.Core.Monitoring.Submissions;

/// <summary>The text of the notice a monitor gets for each review outcome (Korean first, with an English line).</summary>
internal static class ReviewNotice
{
    public static (string Subject, string Body) Compose(string taskTitle, FieldSubmission submission, SubmissionEvent evt, string? reason)
    {
        var (ko, en) = evt switch
        {
            SubmissionEvent.Approve => ("승인되었습니다", "was approved"),
            SubmissionEvent.Return => ("보완 요청되었습니다. 사유를 확인하고 다시 제출해 주세요", "was returned; please read the reason and resubmit"),
            _ => ("반려되었습니다", "was rejected"),
        };
        var received = SeoulCalendar.ToSeoul(submission.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var subject = $"[서울시민모니터] 현장 제출 {StatusNames.Korean(submission.State)} / Your field submission {en.Split(';')[0]}";
        var body = new StringBuilder()
            .Append("과제 「").Append(taskTitle).Append("」에 ").Append(received).Append("에 제출하신 내용(").Append(submission.Revision)
            .Append("차)이 ").Append(ko).Append('.').Append('\n');
        if (reason is not null)
        {
            body.Append("사유: ").Append(reason).Append('\n');
        }

        body.Append('\n')
            .Append("Your submission (revision ").Append(submission.Revision).Append(") of ").Append(received).Append(" for the task \"").Append(taskTitle).Append("\" ")
            .Append(en).Append('.').Append('\n');
        if (reason is not null)
        {
            body.Append("Reason: ").Append(reason).Append('\n');
        }

        return (subject, body.ToString());
    }
}
