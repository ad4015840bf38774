using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>An outcome on its way to the ledger writer.</summary>
/// <param name="Outcome">The row's new state.</param>
/// <param name="Priority">The campaign's priority (a metrics tag).</param>
/// <param name="Channel">The campaign's channel (for the suppression list).</param>
/// <param name="Segment">The journal file holding the outcome, when it was journaled.</param>
/// <param name="SuppressAddress">The address to add to the suppression list (a permanent refusal).</param>
internal readonly record struct PipelineResult(
    DeliveryOutcome Outcome, CampaignPriority Priority, DeliveryChannel Channel, JournalSegment? Segment = null, string? SuppressAddress = null);
