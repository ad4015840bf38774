namespace SeoulMonitor.Core.Audiences.Requests;

/// <summary>Everything held about one person (PIPA Art. 35 access), serialised as JSON for them or for staff.</summary>
/// <param name="ExportedAt">When produced (UTC).</param>
/// <param name="Subscriber">The subscriber record.</param>
/// <param name="Attributes">Free attributes.</param>
/// <param name="Consents">Each consent with the notice the person saw and its evidence.</param>
/// <param name="History">The append-only consent history, oldest first.</param>
/// <param name="Suppressions">Suppression entries for their addresses.</param>
/// <param name="Requests">Their data-subject requests.</param>
public sealed record SubscriberExport(
    DateTimeOffset ExportedAt,
    ExportedSubscriber Subscriber,
    IReadOnlyList<ExportedTrait> Attributes,
    IReadOnlyList<ExportedConsent> Consents,
    IReadOnlyList<ExportedConsentEvent> History,
    IReadOnlyList<ExportedSuppression> Suppressions,
    IReadOnlyList<DataRequestView> Requests);
