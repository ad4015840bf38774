namespace SeoulMonitor.Mailing.Tests.Pipeline;

public sealed class MailEngineControlFakeTests() : MailEngineControlContract(null);
