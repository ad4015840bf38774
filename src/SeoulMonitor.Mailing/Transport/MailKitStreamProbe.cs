using System.Runtime.CompilerServices;
using MailKit.Net.Smtp;

namespace SeoulMonitor.Mailing.Transport;

/// <summary>
/// Checks that MailKit's <c>SmtpStream</c> holds no buffered input and no unflushed output, so that bytes written and
/// read on the socket by <see cref="PipelinedSmtpSender"/> cannot interleave with MailKit's. Reads MailKit 4.x internals
/// (<c>SmtpClient.Stream</c>, <c>SmtpStream.inputIndex/inputEnd/outputIndex</c>) through unsafe accessors; when they
/// are not there (another MailKit version), the answer is "unknown" and the caller stays on MailKit's path.
/// </summary>
internal static class MailKitStreamProbe
{
    private const string SmtpStreamType = "MailKit.Net.Smtp.SmtpStream, MailKit";

    /// <summary>True when MailKit's stream is idle, false when it buffers bytes, null when its internals could not be read.</summary>
    public static bool? IsIdle(SmtpClient client)
    {
        try
        {
            var stream = GetStream(client);
            return stream is not null && InputIndex(stream) == InputEnd(stream) && OutputIndex(stream) == 0;
        }
        catch (Exception exception) when (exception is MissingMemberException or TypeLoadException or InvalidCastException)
        {
            return null;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Stream")]
    [return: UnsafeAccessorType(SmtpStreamType)]
    private static extern object? GetStream(SmtpClient client);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "inputIndex")]
    private static extern ref int InputIndex([UnsafeAccessorType(SmtpStreamType)] object stream);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "inputEnd")]
    private static extern ref int InputEnd([UnsafeAccessorType(SmtpStreamType)] object stream);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "outputIndex")]
    private static extern ref int OutputIndex([UnsafeAccessorType(SmtpStreamType)] object stream);
}
