namespace SeoulMonitor.Mailing.Diagnostics;

/// <summary>
/// Every log message of the Mailing library, as [LoggerMessage] methods. One partial file per area with its own
/// EventId range: Log.Ledger.cs 100–199, Log.Messages.cs 200–299, Log.Transport.cs 300–399, Log.Pipeline.cs 400–499, Log.Sms.cs 550–599.
/// </summary>
internal static partial class Log
{
}
