using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

public sealed class BounceOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoFailures() => Assert.Empty(Failures(new BounceOptions()));

    [Fact]
    public void Validate_Configured_NoFailures() => Assert.Empty(Failures(BounceTestData.Options()));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(BounceOptions.MaxSoftBounceThreshold, true)]
    [InlineData(BounceOptions.MaxSoftBounceThreshold + 1, false)]
    public void Validate_SoftBounceThreshold_Boundaries(int threshold, bool valid) =>
        Assert.Equal(valid, Failures(BounceTestData.Options(threshold)).Count == 0);

    [Theory]
    [InlineData(BounceOptions.MaxReturnPathLocalPartLength, true)]
    [InlineData(BounceOptions.MaxReturnPathLocalPartLength + 1, false)]
    public void Validate_LocalPartLength_Boundaries(int length, bool valid)
    {
        var options = BounceTestData.Options();
        options.ReturnPathLocalPart = new string('b', length);

        Assert.Equal(valid, Failures(options).Count == 0);
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(32, true)]
    public void Validate_KeyLength_Boundaries(int bytes, bool valid)
    {
        var options = BounceTestData.Options();
        options.SigningKey = Convert.ToBase64String(new byte[bytes]);

        Assert.Equal(valid, Failures(options).Count == 0);
    }

    [Fact]
    public void Validate_DomainWithoutKey_Fails()
    {
        var options = new BounceOptions { Domain = "bounces.seoul.example" };

        Assert.Contains(Failures(options), f => f.Contains("SigningKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4095, false)]
    [InlineData(4096, true)]
    [InlineData(16 * 1024 * 1024, true)]
    [InlineData((16 * 1024 * 1024) + 1, false)]
    public void Validate_MaxMessageBytes_Boundaries(int bytes, bool valid) =>
        Assert.Equal(valid, Failures(new BounceOptions { MaxMessageBytes = bytes }).Count == 0);

    [Fact]
    public void Validate_ImapWithoutVerp_Fails()
    {
        var options = new BounceOptions { Imap = { Host = "imap.seoul.example", User = "u", Password = "p" } };

        Assert.Contains(Failures(options), f => f.Contains("Imap needs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.999, false)]
    [InlineData(1.0, true)]
    [InlineData(3600.0, true)]
    [InlineData(3600.001, false)]
    public void Validate_PollInterval_Boundaries(double seconds, bool valid)
    {
        var options = BounceTestData.Options();
        options.Imap = new BounceImapOptions { Host = "imap.seoul.example", User = "u", Password = "p", PollInterval = TimeSpan.FromSeconds(seconds) };

        Assert.Equal(valid, Failures(options).Count == 0);
    }

    private static List<string> Failures(BounceOptions options)
    {
        var failures = new List<string>();
        options.Validate(failures);
        return failures;
    }
}
