using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineControlPostgresTests() : MailEngineControlContract(MailLedgerProvider.PostgreSql);
