using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>
/// The engine's seam to message building: validates templates when a campaign is created and gives each worker its
/// own writer (a writer reuses its message between sends, so it is never shared between threads).
/// </summary>
internal interface IMessageFactory
{
    /// <summary>Checks that the template compiles; <see langword="null"/> when it does.</summary>
    MailingError? Validate(MessageTemplate template);

    /// <summary>Loads what every message needs (the DKIM key) at engine start, so that a bad key stops the start.</summary>
    void EnsureReady();

    /// <summary>Creates a writer for one worker thread.</summary>
    IMessageWriter CreateWriter();
}
