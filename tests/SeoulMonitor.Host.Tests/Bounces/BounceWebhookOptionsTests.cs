using SeoulMonitor.Host.Bounces;

namespace SeoulMonitor.Host.Tests.Bounces;

public sealed class BounceWebhookOptionsTests
{
    [Theory]
    [InlineData(31, false)]
    [InlineData(32, true)]
    public void Validate_KeyLength_Boundary(int bytes, bool valid) =>
        Assert.Equal(valid, Valid(new BounceWebhookOptions { SigningKey = Convert.ToBase64String(new byte[bytes]) }));

    [Theory]
    [InlineData(4095, false)]
    [InlineData(4096, true)]
    [InlineData(1024 * 1024, true)]
    [InlineData((1024 * 1024) + 1, false)]
    public void Validate_MaxBodyBytes_Boundaries(int bytes, bool valid) => Assert.Equal(valid, Valid(new BounceWebhookOptions { MaxBodyBytes = bytes }));

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(3600, true)]
    [InlineData(3601, false)]
    public void Validate_Tolerance_Boundaries(int seconds, bool valid) =>
        Assert.Equal(valid, Valid(new BounceWebhookOptions { Tolerance = TimeSpan.FromSeconds(seconds) }));

    [Fact]
    public void Verify_TimestampAtTheToleranceEdge_AcceptedOneSecondLaterRefused()
    {
        var key = new byte[32];
        var now = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        var body = "x"u8.ToArray();
        var edge = now.AddMinutes(-5).ToUnixTimeSeconds();
        var late = edge - 1;

        Assert.True(BounceWebhookSignature.Verify(key, $"{edge}", BounceWebhookSignature.Sign(key, edge, body), body, now, TimeSpan.FromMinutes(5)));
        Assert.False(BounceWebhookSignature.Verify(key, $"{late}", BounceWebhookSignature.Sign(key, late, body), body, now, TimeSpan.FromMinutes(5)));
        Assert.False(BounceWebhookSignature.Verify(key, $"{edge}", BounceWebhookSignature.Sign(key, edge, "y"u8), body, now, TimeSpan.FromMinutes(5)));
        Assert.False(BounceWebhookSignature.Verify(key, $"{edge}", "sha256=zz", body, now, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData("minimum-length", true)]
    [InlineData("short", false)]
    [InlineData("duplicate", false)]
    [InlineData("current", false)]
    [InlineData("without-current", false)]
    [InlineData("at-most", true)]
    [InlineData("too-many", false)]
    public void Validate_PreviousSigningKeys_Rules(string kind, bool valid)
    {
        static string Key(int seed) => Convert.ToBase64String([.. Enumerable.Range(seed, 32).Select(i => (byte)i)]);
        var options = new BounceWebhookOptions { SigningKey = kind == "without-current" ? null : Key(200) };
        string[] previous = kind switch
        {
            "minimum-length" or "without-current" => [Convert.ToBase64String(new byte[BounceWebhookOptions.MinimumKeyBytes])],
            "short" => [Convert.ToBase64String(new byte[BounceWebhookOptions.MinimumKeyBytes - 1])],
            "duplicate" => [Key(1), Key(1)],
            "current" => [Key(200)],
            "too-many" => [.. Enumerable.Range(0, Mailing.Bounces.BounceOptions.MaxPreviousKeys + 1).Select(Key)],
            _ => [.. Enumerable.Range(0, Mailing.Bounces.BounceOptions.MaxPreviousKeys).Select(Key)],
        };
        foreach (var key in previous)
        {
            options.PreviousSigningKeys.Add(key);
        }

        Assert.Equal(valid, Valid(options));
    }

    private static bool Valid(BounceWebhookOptions options) => new BounceWebhookOptionsValidator().Validate(null, options).Succeeded;
}
