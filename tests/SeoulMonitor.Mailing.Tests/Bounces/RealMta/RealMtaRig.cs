using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SeoulMonitor.Testing;

namespace SeoulMonitor.Mailing.Tests.Bounces.RealMta;

/// <summary>
/// Access to the shared <see cref="MailRig"/> for tests: skipped where the rig cannot run (not root, no Postfix or
/// Dovecot) unless the run is CI (<c>CI=true</c>, set by <c>.ci/run</c>) or <c>SEOULMONITOR_REQUIRE_MAIL_RIG=1</c>,
/// where that is a failure. A failing test prints the Postfix and Dovecot logs.
/// </summary>
internal static class RealMtaRig
{
    /// <summary>Where a bounce should arrive within (Postfix bounces at once; the soft case waits for the queue lifetime).</summary>
    public static readonly TimeSpan BounceTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The environment variable naming a directory to save the DSNs the tests read (to refresh Bounces/Samples).</summary>
    public const string SaveSamplesVariable = "SEOULMONITOR_MAILRIG_SAMPLES";

    public static async Task<MailRig> GetAsync()
    {
        var reason = MailRig.UnavailableReason();
        if (reason is not null)
        {
            var required = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                || Environment.GetEnvironmentVariable("SEOULMONITOR_REQUIRE_MAIL_RIG") == "1";
            if (required)
            {
                Assert.Fail($"The real-MTA rig is required here but {reason}.");
            }

            Assert.Skip($"The real-MTA rig cannot run: {reason}.");
        }

        return await MailRig.GetAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs a test body; when it fails, writes the rig's logs to the test output and rethrows.</summary>
    public static async Task RunAsync(Func<MailRig, Task> body)
    {
        var rig = await GetAsync();
        try
        {
            await body(rig);
        }
        catch (Exception)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(rig.Diagnostics());
            throw;
        }
    }

    /// <summary>Sends one message through the rig's Postfix with MailKit, envelope sender <paramref name="returnPath"/>.</summary>
    public static async Task SendAsync(MailRig rig, string returnPath, string recipient, string subject)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("서울시 정책고객", "news@seoul.example"));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("seoul.example");
        message.Body = new TextPart("plain") { Text = "서울시민모니터 안내입니다. A notice from the Seoul Citizen Monitor program." };
        using var client = new SmtpClient();
        await client.ConnectAsync(rig.Host, rig.SmtpPort, SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, MailboxAddress.Parse(returnPath), [MailboxAddress.Parse(recipient)], cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>A fresh VERP token: a test's bounces are told apart from the others' by it (the rig is shared).</summary>
    public static string NewToken(string label) => $"{label}.{Guid.NewGuid():N}"[..(label.Length + 13)];

    /// <summary>Saves a DSN as <c>postfix-&lt;name&gt;.eml</c> when <see cref="SaveSamplesVariable"/> names a directory.</summary>
    public static async Task SaveSampleAsync(string name, RigMessage message)
    {
        var directory = Environment.GetEnvironmentVariable(SaveSamplesVariable);
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, $"postfix-{name}.eml"), message.Raw, TestContext.Current.CancellationToken);
    }
}
