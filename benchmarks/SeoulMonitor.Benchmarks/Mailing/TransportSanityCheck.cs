using System.Diagnostics;
using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Benchmarks.Mailing;

/// <summary>
/// A by-hand sanity check of the SMTP transport against a local sink (not a unit test):
/// <c>dotnet run -c Release --project benchmarks/SeoulMonitor.Benchmarks -- transport-check --port 2525 --count 5000 --size 20480 --connections 1 [--naive]</c>.
/// Start the sink first, for example <c>smtp-sink -u nobody 127.0.0.1:2525 4096 &amp;</c>. <c>--naive</c> sends the same
/// messages with a plain MailKit SmtpClient (its own connect, Nagle on) for comparison.
/// </summary>
internal static class TransportSanityCheck
{
    public static int Run(string[] args)
    {
        int port = 2525, count = 5000, size = 20_480, connections = 1;
        var naive = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port": port = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--size": size = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--connections": connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--naive": naive = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        var body = Body(size);
        var factory = new SmtpConnectionFactory(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, MessagesPerConnection = 0, MaxConnections = connections });
        long accepted = 0, other = 0;
        var started = Stopwatch.GetTimestamp();
        var threads = Enumerable.Range(0, connections).Select(c => new Thread(() =>
        {
            var share = count / connections + (c < count % connections ? 1 : 0);
            var (ok, bad) = naive ? SendNaive(port, body, c, share) : SendTuned(factory, body, c, share);
            Interlocked.Add(ref accepted, ok);
            Interlocked.Add(ref other, bad);
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"transport-check client={(naive ? "naive-mailkit" : "smtp-connection")} size={size} connections={connections} accepted={accepted} other={other} seconds={seconds:F3} rate={accepted / seconds:F0} ms_per_msg_per_connection={seconds * 1000 * connections / Math.Max(1, accepted):F3}"));
        return other == 0 ? 0 : 1;
    }

    private static (long Accepted, long Other) SendTuned(SmtpConnectionFactory factory, byte[] body, int worker, int share)
    {
        long ok = 0, bad = 0;
        using var connection = factory.Open(CancellationToken.None);
        var message = Message(body);
        for (var i = 0; i < share; i++)
        {
            Personalise(message, worker, i);
            var result = connection.Send(message, new MailboxAddress("Sender", "sender@example.test"), message.To.Mailboxes.First(), CancellationToken.None);
            if (result.Kind == SendOutcomeKind.Accepted)
            {
                ok++;
            }
            else
            {
                bad++;
            }
        }

        return (ok, bad);
    }

    private static (long Accepted, long Other) SendNaive(int port, byte[] body, int worker, int share)
    {
        using var client = new SmtpClient();
        client.Connect("127.0.0.1", port, SecureSocketOptions.None);
        var message = Message(body);
        for (var i = 0; i < share; i++)
        {
            Personalise(message, worker, i);
            client.Send(message);
        }

        client.Disconnect(true);
        return (share, 0);
    }

    private static MimeMessage Message(byte[] body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Sender", "sender@example.test"));
        message.To.Add(new MailboxAddress("User", "user0@example.test"));
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.SevenBit };
        part.ContentType.Charset = "us-ascii";
        part.Content = new MimeContent(new MemoryStream(body, writable: false), ContentEncoding.SevenBit);
        message.Body = part;
        return message;
    }

    private static void Personalise(MimeMessage message, int worker, int i)
    {
        // A new MailboxAddress each time: one instance shared between messages leaks (address-list change events).
        message.To[0] = new MailboxAddress($"User {i}", $"user{worker}.{i}@example.test");
        message.Subject = $"Newsletter {worker}.{i}";
        message.MessageId = $"{worker}.{i}.check@example.test";
    }

    private static byte[] Body(int bytes)
    {
        const string words = "lorem ipsum dolor sit amet consectetur adipiscing elit ";
        var builder = new StringBuilder(bytes + 80);
        var w = 0;
        while (builder.Length < bytes)
        {
            for (var k = 0; k < 76; k++)
            {
                builder.Append(words[w++ % words.Length]);
            }

            builder.Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }
}
