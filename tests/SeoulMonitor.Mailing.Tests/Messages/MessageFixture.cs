using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Messages;

/// <summary>Campaigns, deliveries, keys and composers for the Messages tests.</summary>
internal static class MessageFixture
{
    public static readonly Guid CampaignId = Guid.Parse("3f2b8c1e-0d4a-4e6b-9a51-7c2d9e0f1a23");

    public static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static readonly byte[] UnsubscribeKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static MessageTemplate KoreanTemplate { get; } = new(
        "{{ name }}님, {{ district }} 시민모니터 안내",
        "<p>{{ name }}님 안녕하세요.</p><p>{{ district }}의 모니터링 일정을 알려드립니다.</p><a href=\"{{ unsubscribe_url }}\">수신거부</a>",
        "{{ name }}님 안녕하세요.\n{{ district }}의 모니터링 일정을 알려드립니다.\n수신거부: {{ unsubscribe_url }}");

    public static CampaignDefinition Campaign(MessageTemplate template) => new()
    {
        Id = CampaignId,
        Name = "시민모니터 1월 안내",
        Sender = new MailSender("monitor@seoul.example", "서울특별시 시민모니터"),
        Template = template,
        AudienceKey = "segment:all",
        SendBy = Now.AddDays(2),
    };

    public static CampaignTemplates Compile(MessageTemplate template)
    {
        var result = CampaignTemplates.Compile(template);
        Assert.True(result.Succeeded, result.Error);
        return result.Templates;
    }

    public static UnsubscribeOptions Unsubscribe(string? mailto = null) => new()
    {
        BaseUrl = "https://monitor.seoul.example/unsubscribe",
        SigningKey = Convert.ToBase64String(UnsubscribeKey),
        MailtoAddress = mailto,
    };

    public static MessageComposer Composer(
        MessageTemplate? template = null, DkimSigningKey? dkim = null, UnsubscribeOptions? unsubscribe = null, TimeProvider? time = null)
    {
        template ??= KoreanTemplate;
        return new MessageComposer(Campaign(template), Compile(template), unsubscribe ?? Unsubscribe(), dkim, time ?? new FakeTimeProvider(Now));
    }

    public static LeasedDelivery Delivery(long sequence, IReadOnlyDictionary<string, string>? fields = null, string? address = null) => new(
        CampaignId,
        sequence,
        $"r-{sequence}",
        address ?? $"user{sequence}@naver.example",
        "naver.example",
        fields ?? new Dictionary<string, string> { ["name"] = "김민수", ["district"] = "마포구" },
        null,
        0);

    /// <summary>Parses the wire bytes of <see cref="MessageWriter.TryWrite"/> the way a receiver would.</summary>
    public static MimeMessage Parse(OutgoingMessage message)
    {
        using var stream = new MemoryStream(message.Content.ToArray(), writable: false);
        return MimeMessage.Load(stream);
    }

    /// <summary>Writes the message for <paramref name="delivery"/> and parses it back.</summary>
    public static MimeMessage WriteAndParse(MessageWriter writer, LeasedDelivery delivery)
    {
        Assert.True(writer.TryWrite(delivery, out var message, out var error), error);
        return Parse(message);
    }

    public static string Serialize(OutgoingMessage message) => System.Text.Encoding.ASCII.GetString(message.Content.Span);

    public static string WriteEml(OutgoingMessage message, string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "seoulmonitor-messages-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".eml");
        File.WriteAllBytes(path, message.Content.ToArray());
        return path;
    }

    /// <summary>A fresh RSA-2048 key: (options, DNS TXT record).</summary>
    public static (DkimOptions Options, string TxtRecord) RsaKey()
    {
        using var rsa = RSA.Create(2048);
        var options = Dkim(DkimAlgorithm.RsaSha256, rsa.ExportPkcs8PrivateKeyPem());
        return (options, $"v=DKIM1; k=rsa; p={Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo())}");
    }

    /// <summary>A fresh Ed25519 key (BouncyCastle): (options, DNS TXT record).</summary>
    public static (DkimOptions Options, string TxtRecord) Ed25519Key()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        using var writer = new StringWriter();
        var pem = new PemWriter(writer);
        pem.WriteObject(new Pkcs8Generator(pair.Private));
        pem.Writer.Flush();
        var publicKey = ((Ed25519PublicKeyParameters)pair.Public).GetEncoded();
        return (Dkim(DkimAlgorithm.Ed25519Sha256, writer.ToString()), $"v=DKIM1; k=ed25519; p={Convert.ToBase64String(publicKey)}");
    }

    private static DkimOptions Dkim(DkimAlgorithm algorithm, string pem) => new()
    {
        Enabled = true,
        Domain = "seoul.example",
        Selector = algorithm == DkimAlgorithm.RsaSha256 ? "rsa2025" : "ed2025",
        Algorithm = algorithm,
        PrivateKeyPem = pem,
    };
}
