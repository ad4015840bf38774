namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>What a caller asks the engine to send.</summary>
public sealed record CampaignDefinition
{
    /// <summary>The campaign's id (also part of every Message-ID and ledger key).</summary>
    public required Guid Id { get; init; }

    /// <summary>A name for operators.</summary>
    public required string Name { get; init; }

    /// <summary>The channel.</summary>
    public DeliveryChannel Channel { get; init; } = DeliveryChannel.Email;

    /// <summary>The sender.</summary>
    public required MailSender Sender { get; init; }

    /// <summary>The message templates.</summary>
    public required MessageTemplate Template { get; init; }

    /// <summary>What the <see cref="Audience.IRecipientSource"/> resolves into recipients (a segment, a list, …).</summary>
    public required string AudienceKey { get; init; }

    /// <summary>When to start; <see langword="null"/> starts at launch.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>The send-by deadline: recipients not reached by then are marked expired, never sent late.</summary>
    public required DateTimeOffset SendBy { get; init; }

    /// <summary>The priority: urgent notices overtake running newsletters.</summary>
    public CampaignPriority Priority { get; init; } = CampaignPriority.Normal;

    /// <summary>Informational (the default) or advertising; see <see cref="CampaignPurpose"/>.</summary>
    public CampaignPurpose Purpose { get; init; } = CampaignPurpose.Informational;
}
