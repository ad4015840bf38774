using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// Builds one worker's gateway requests: the campaign's text template rendered for the recipient (merge fields as in
/// e-mail, with the same <see cref="TemplateRenderer"/>), line ends as LF, measured by <see cref="SmsText.Measure"/>:
/// SMS or LMS by length, refused (never truncated) when too long or not encodable. One per worker thread.
/// </summary>
internal sealed class SmsWriter(SmsChannel channel) : IDisposable
{
    private const int MaxCampaigns = 16;
    private readonly Dictionary<Guid, TemplateRenderer> _renderers = [];

    public MailingResult<SmsGatewayRequest> Build(CampaignDefinition campaign, LeasedDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(delivery);
        var renderer = RendererOf(campaign, out var refusal);
        if (renderer is null)
        {
            return refusal!;
        }

        if (!renderer.TryRender(delivery, null, out var error))
        {
            return SmsGatewayErrors.RenderFailed(error ?? "unknown");
        }

        var text = renderer.TextBody!.ToString().ReplaceLineEndings("\n");
        var measured = SmsText.Measure(text);
        if (!measured.IsSuccess)
        {
            return measured.Error;
        }

        string? subject = null;
        if (measured.Value.Kind == SmsKind.Lms && renderer.Subject.Trim() is { Length: > 0 } title)
        {
            if (title.Length > SmsGatewayLimits.MaxSubjectLength)
            {
                return SmsGatewayErrors.SubjectTooLong(title.Length);
            }

            if (SmsText.Measure(title) is { IsSuccess: false } bad)
            {
                return bad.Error;
            }

            subject = title;
        }

        return new SmsGatewayRequest(
            campaign.Sender.Address, delivery.Address.Trim(), text, KindName(measured.Value.Kind), subject, ClientRef(delivery));
    }

    /// <summary>The row's idempotency key at the gateway: the same for every attempt, on every node.</summary>
    public static string ClientRef(LeasedDelivery delivery) => $"{delivery.CampaignId:N}-{delivery.Sequence}";

    public static string KindName(SmsKind kind) => kind == SmsKind.Sms ? "SMS" : "LMS";

    public void Dispose()
    {
        foreach (var renderer in _renderers.Values)
        {
            renderer.Dispose();
        }

        _renderers.Clear();
    }

    private TemplateRenderer? RendererOf(CampaignDefinition campaign, out MailingError? refusal)
    {
        refusal = null;
        if (_renderers.TryGetValue(campaign.Id, out var renderer))
        {
            return renderer;
        }

        var compiled = channel.TemplatesOf(campaign);
        if (!compiled.Succeeded)
        {
            refusal = SmsGatewayErrors.RenderFailed(compiled.Error ?? "the template does not compile");
            return null;
        }

        if (!compiled.Templates!.HasText)
        {
            refusal = SmsGatewayErrors.TextTemplateMissing();
            return null;
        }

        if (_renderers.Count >= MaxCampaigns)
        {
            Dispose();
        }

        renderer = new TemplateRenderer(compiled.Templates, channel.Time);
        _renderers[campaign.Id] = renderer;
        return renderer;
    }
}
