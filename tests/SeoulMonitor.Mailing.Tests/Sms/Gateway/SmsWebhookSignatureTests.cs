using System.Security.Cryptography;
using System.Text;
using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Mailing.Tests.Sms.Gateway;

public sealed class SmsWebhookSignatureTests
{
    private const string Secret = "a-webhook-secret-of-at-least-32-characters";

    [Fact]
    public void Compute_KnownInput_IsHmacSha256OfTimestampDotBody()
    {
        var body = "{\"a\":1}"u8.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes("1700000000.{\"a\":1}")));

        Assert.Equal(expected, SmsWebhookSignature.Compute(Secret, "1700000000", body));
    }

    [Theory]
    [InlineData("{\"a\":2}", "1700000000")]
    [InlineData("{\"a\":1}", "1700000001")]
    public void Verify_BodyOrTimestampChanged_False(string body, string timestamp)
    {
        var signature = SmsWebhookSignature.Compute(Secret, "1700000000", "{\"a\":1}"u8);

        Assert.False(SmsWebhookSignature.Verify(Secret, timestamp, Encoding.UTF8.GetBytes(body), signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=abc")]
    [InlineData("sha256=zz")]
    [InlineData("sha256=ZZ00000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_MalformedSignature_False(string? signature) =>
        Assert.False(SmsWebhookSignature.Verify(Secret, "1700000000", "{}"u8, signature));

    [Fact]
    public void Verify_UpperCaseHexOfTheRightMac_True()
    {
        var signature = SmsWebhookSignature.Compute(Secret, "1700000000", "{}"u8);

        Assert.True(SmsWebhookSignature.Verify(Secret, "1700000000", "{}"u8, "sha256=" + signature[7..].ToUpperInvariant()));
    }
}
