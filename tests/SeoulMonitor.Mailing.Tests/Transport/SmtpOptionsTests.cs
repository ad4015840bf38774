using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class SmtpOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoFailureAndNotConfigured()
    {
        var options = new SmtpOptions();
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Empty(failures);
        Assert.False(options.IsConfigured);
        Assert.Equal((25, SmtpSecurity.StartTlsWhenAvailable, 8, 1000), (options.Port, options.Security, options.MaxConnections, options.MessagesPerConnection));
        Assert.False(options.AcceptAnyCertificate);
    }

    [Theory]
    [InlineData("smtp.example.test", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void IsConfigured_Host_TrueOnlyWhenSet(string? host, bool expected)
        => Assert.Equal(expected, new SmtpOptions { Host = host }.IsConfigured);

    public static TheoryData<string, Action<SmtpOptions>> OutOfRange => new()
    {
        { "Host", o => o.Host = "smtp example" },
        { "Port", o => o.Port = 0 },
        { "Port", o => o.Port = 65536 },
        { "Security", o => o.Security = (SmtpSecurity)42 },
        { "Password", o => o.UserName = "user" },
        { "UserName", o => o.Password = "secret" },
        { "ClientName", o => o.ClientName = "my host" },
        { "ClientName", o => o.ClientName = "" },
        { "MaxConnections", o => o.MaxConnections = 0 },
        { "MaxConnections", o => o.MaxConnections = 65 },
        { "MessagesPerConnection", o => o.MessagesPerConnection = -1 },
        { "ConnectTimeout", o => o.ConnectTimeout = TimeSpan.Zero },
        { "ConnectTimeout", o => o.ConnectTimeout = TimeSpan.FromMinutes(11) },
        { "CommandTimeout", o => o.CommandTimeout = TimeSpan.FromSeconds(-1) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_SettingOutOfRange_NamesTheSetting(string setting, Action<SmtpOptions> change)
    {
        var options = new SmtpOptions { Host = "smtp.example.test" };
        change(options);
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Contains(failures, f => f.StartsWith($"Mailing:Smtp:{setting} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(64, 1)]
    public void Validate_Boundaries_Accepted(int connections, int perConnection)
    {
        var options = new SmtpOptions { Host = "smtp.example.test", Port = 65535, MaxConnections = connections, MessagesPerConnection = perConnection, UserName = "u", Password = "p" };
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void Constructor_FactoryWithoutHost_Throws()
        => Assert.Throws<ArgumentException>(() => new SmtpConnectionFactory(new SmtpOptions()));

    [Fact]
    public void Validate_PickupDirectory_RequiredAndDefaultsToPickup()
    {
        var failures = new List<string>();
        new PickupDirectoryOptions().Validate(failures);
        new PickupDirectoryOptions { Directory = " " }.Validate(failures);
        new PickupDirectoryOptions { Directory = "bad\0dir" }.Validate(failures);

        Assert.Equal("pickup", new PickupDirectoryOptions().Directory);
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.StartsWith("Mailing:Pickup:Directory ", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MailingOptions_IncludesTheTransportSections()
    {
        var options = new MailingOptions { Smtp = { Port = 0 }, Pickup = { Directory = "" } };
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Contains(failures, f => f.StartsWith("Mailing:Smtp:Port", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Mailing:Pickup:Directory", StringComparison.Ordinal));
    }
}
