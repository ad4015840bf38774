using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class MessageOptionsValidationTests
{
    [Fact]
    public void Validate_DefaultOptions_HaveNoFailures()
    {
        var failures = new List<string>();
        new UnsubscribeOptions().Validate(failures);
        new DkimOptions().Validate(failures);

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("http://monitor.seoul.example/u", null)]
    [InlineData("https://monitor.seoul.example/u#x", null)]
    [InlineData("/relative", null)]
    [InlineData("https://monitor.seoul.example/u", "c2hvcnQ=")]
    [InlineData("https://monitor.seoul.example/u", "not base64!")]
    [InlineData("https://monitor.seoul.example/u", "")]
    [InlineData("https://모니터.seoul.example/수신거부", null)]
    public void Validate_BadUnsubscribeSettings_Fail(string baseUrl, string? key)
    {
        var options = MessageFixture.Unsubscribe();
        options.BaseUrl = baseUrl;
        if (key is not null)
        {
            options.SigningKey = key;
        }

        var failures = new List<string>();
        options.Validate(failures);

        Assert.NotEmpty(failures);
    }

    [Fact]
    public void Validate_NonAsciiMailto_Fails()
    {
        var failures = new List<string>();
        MessageFixture.Unsubscribe("수신거부@seoul.example").Validate(failures);

        Assert.Contains(failures, f => f.Contains("MailtoAddress", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GoodUnsubscribeSettings_Pass()
    {
        var failures = new List<string>();
        MessageFixture.Unsubscribe("unsubscribe@seoul.example").Validate(failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void Validate_EnabledDkimWithoutKeyDomainOrFrom_ReportsEach()
    {
        var options = new DkimOptions { Enabled = true, Domain = "not a domain", Selector = "", HeadersToSign = ["To"] };
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Contains(failures, f => f.Contains("Domain", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Selector", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("PrivateKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("From", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GeneratedKey_Passes()
    {
        var failures = new List<string>();
        MessageFixture.RsaKey().Options.Validate(failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void DkimOptions_Defaults_SignTheRfc8058Headers()
    {
        var options = new DkimOptions();

        Assert.Contains("List-Unsubscribe", options.HeadersToSign);
        Assert.Contains("List-Unsubscribe-Post", options.HeadersToSign);
        Assert.Equal(DkimCanonicalization.Relaxed, options.BodyCanonicalization);
        Assert.Equal(DkimCanonicalization.Relaxed, options.HeaderCanonicalization);
    }
}
