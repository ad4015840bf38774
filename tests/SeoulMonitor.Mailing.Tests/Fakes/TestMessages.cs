using System.Text;
using MimeKit;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>Messages as the composer hands them to a transport: parts already in their final (7bit) transfer encoding.</summary>
public static class TestMessages
{
    /// <summary>A text/plain message of about <paramref name="bodyBytes"/> bytes in 76-character lines, with a line starting with a dot.</summary>
    public static MimeMessage Create(string messageId, string to = "user@example.test", int bodyBytes = 2048)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Sender", "sender@example.test"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"Test {messageId}";
        message.MessageId = messageId;
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.SevenBit };
        part.ContentType.Charset = "us-ascii";
        part.Content = new MimeContent(new MemoryStream(Body(bodyBytes), writable: false), ContentEncoding.SevenBit);
        message.Body = part;
        return message;
    }

    /// <summary>The body bytes <see cref="Create"/> uses: CRLF lines, including ".dot-stuffed" lines.</summary>
    public static byte[] Body(int bytes)
    {
        var builder = new StringBuilder(".leading dot line\r\n..two dots\r\n");
        const string words = "lorem ipsum dolor sit amet consectetur adipiscing elit ";
        var i = 0;
        while (builder.Length < bytes)
        {
            for (var k = 0; k < 74; k++)
            {
                builder.Append(words[i++ % words.Length]);
            }

            builder.Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    /// <summary>A fresh sender address (one MailboxAddress instance must never be shared between messages).</summary>
    public static MailboxAddress Sender() => new("Sender", "sender@example.test");

    /// <summary>A fresh recipient address.</summary>
    public static MailboxAddress Recipient(string address = "user@example.test") => MailboxAddress.Parse(address);
}
