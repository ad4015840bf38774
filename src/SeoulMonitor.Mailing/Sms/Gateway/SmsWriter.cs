using SeoulMonitor.Mailing.Campaigns;
using SeoulMonitor.Mailing.Ledger;
using SeoulMonitor.Mailing.Messages;
using SeoulMonitor.Mailing.Sms.Numbers;
using SeoulMonitor.Mailing.Sms.Rules;

namespace SeoulMonitor.Mailing.Sms.Gateway;

/// <summary>
/// Builds one worker's gateway requests: the campaign's text template rendered for the recipient (merge fields as in
/// e-mail, with the same <see cref="TemplateRenderer"/>), then checked by <see cref="SmsTemplateRules.CheckRendered"/>
/// (line ends as LF, SMS or LMS by length, advertising labels; refused, never truncated). The sender is the campaign's
/// number as <see cref="SmsSenderNumber"/> normalises it (the form the campaign rules stored), the recipient the
/// 11 digits of <see cref="KoreanMobileNumber"/>. The SMS preview uses the same writer. One per worker thread.
/// </summary>
internal sealed class SmsWriter(Func<CampaignDefinition, TemplateCompileResult> templates, TimeProvider time) : IDisposable
{
    private const int MaxCampaigns = 16;
    private readonly Dictionary<Guid, TemplateRenderer> _renderers = [];

    public MailingResult<SmsGatewayRequest> Build(CampaignDefinition campaign, LeasedDelivery delivery)
    {
        var composed = Compose(campaign, delivery);
        return composed.IsSuccess ? composed.Value.Request : composed.Error;
    }

    /// <summary>The request and the measure of its text, or the refusal that fails this recipient.</summary>
    public MailingResult<SmsComposed> Compose(CampaignDefinition campaign, LeasedDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(delivery);
        var sender = SmsSenderNumber.Normalize(campaign.Sender.Address);
        if (!sender.IsSuccess)
        {
            return sender.Error;
        }

        var to = KoreanMobileNumber.Parse(delivery.Address);
        if (!to.IsSuccess)
        {
            return to.Error;
        }

        var renderer = RendererOf(campaign, out var refusal);
        if (renderer is null)
        {
            return refusal!;
        }

        if (!renderer.TryRender(delivery, null, out var error))
        {
            return SmsGatewayErrors.RenderFailed(error ?? "unknown");
        }

        var checkedText = SmsTemplateRules.CheckRendered(renderer.TextBody!.ToString(), campaign.Purpose);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error;
        }

        var (text, measure) = (checkedText.Value.Text, checkedText.Value.Measure);
        string? subject = null;
        if (measure.Kind == SmsKind.Lms && SmsTemplateRules.HasSubject(campaign.Template) && renderer.Subject.Trim() is { Length: > 0 } title)
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

        var request = new SmsGatewayRequest(sender.Value, to.Value.Digits, text, KindName(measure.Kind), subject, ClientRef(delivery));
        return new SmsComposed(request, measure);
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

        var compiled = templates(campaign);
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

        renderer = new TemplateRenderer(compiled.Templates, time);
        _renderers[campaign.Id] = renderer;
        return renderer;
    }
}
