using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineControlSqliteTests() : MailEngineControlContract(MailLedgerProvider.Sqlite);
