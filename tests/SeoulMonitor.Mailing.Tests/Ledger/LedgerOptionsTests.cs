using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Ledger;

public sealed class LedgerOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidSqliteFile()
    {
        var options = new LedgerOptions();
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Empty(failures);
        Assert.Equal(MailLedgerProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/mail-ledger.db", options.ConnectionString);
        Assert.Equal((10, TimeSpan.FromSeconds(3)), (options.InitializeAttempts, options.InitializeRetryDelay));
    }

    [Fact]
    public void Validate_OutOfRangeSettings_ReportsEachOne()
    {
        var options = new LedgerOptions { Provider = (MailLedgerProvider)7, ConnectionString = " ", CommandTimeout = TimeSpan.Zero };
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Equal(3, failures.Count);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Validate_InitializeAttempts_OneToHundred(int attempts, bool valid)
    {
        var failures = new List<string>();

        new LedgerOptions { InitializeAttempts = attempts }.Validate(failures);

        Assert.Equal(valid, failures.Count == 0);
    }

    [Theory]
    [InlineData(10 * TimeSpan.TicksPerMillisecond - 1, false)]
    [InlineData(10 * TimeSpan.TicksPerMillisecond, true)]
    [InlineData(5 * TimeSpan.TicksPerMinute, true)]
    [InlineData(5 * TimeSpan.TicksPerMinute + 1, false)]
    public void Validate_InitializeRetryDelay_TenMillisecondsToFiveMinutes(long ticks, bool valid)
    {
        var failures = new List<string>();

        new LedgerOptions { InitializeRetryDelay = TimeSpan.FromTicks(ticks) }.Validate(failures);

        Assert.Equal(valid, failures.Count == 0);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => DeliveryLedgerFactory.Create(new LedgerOptions { ConnectionString = "" }));
}
