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
    }

    [Fact]
    public void Validate_OutOfRangeSettings_ReportsEachOne()
    {
        var options = new LedgerOptions { Provider = (MailLedgerProvider)7, ConnectionString = " ", CommandTimeout = TimeSpan.Zero };
        var failures = new List<string>();

        options.Validate(failures);

        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => DeliveryLedgerFactory.Create(new LedgerOptions { ConnectionString = "" }));
}
