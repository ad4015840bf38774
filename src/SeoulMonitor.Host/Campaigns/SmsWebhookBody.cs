using SeoulMonitor.Mailing.Sms.Gateway;

namespace SeoulMonitor.Host.Campaigns;

/// <summary>Reads the raw body the signature covers, at most <see cref="SmsGatewayLimits.MaxReportBytes"/> bytes.</summary>
internal static class SmsWebhookBody
{
    /// <summary>The body, or <see langword="null"/> when it is larger than the limit.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > SmsGatewayLimits.MaxReportBytes)
        {
            return null;
        }

        var buffer = new byte[SmsGatewayLimits.MaxReportBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total > SmsGatewayLimits.MaxReportBytes ? null : buffer[..total];
    }
}
