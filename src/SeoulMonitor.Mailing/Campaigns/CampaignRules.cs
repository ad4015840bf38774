using MimeKit;

namespace SeoulMonitor.Mailing.Campaigns;

/// <summary>The checks of a new campaign's definition (the template is checked by the message factory).</summary>
internal static class CampaignRules
{
    /// <summary>The first rule the definition breaks, or <see langword="null"/>.</summary>
    public static MailingError? Check(CampaignDefinition definition, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > MailingErrors.NameMaxLength)
        {
            return MailingErrors.NameInvalid();
        }

        // An SMS campaign's subject (the LMS subject, may be empty) and sender (a caller number) follow SmsCampaignRules.
        var email = definition.Channel == DeliveryChannel.Email;
        if (definition.Template is null || (email && string.IsNullOrWhiteSpace(definition.Template.Subject))
            || definition.Template.Subject is null || definition.Template.Subject.Length > MailingErrors.SubjectMaxLength)
        {
            return MailingErrors.SubjectInvalid();
        }

        if (string.IsNullOrWhiteSpace(definition.AudienceKey))
        {
            return MailingErrors.AudienceInvalid();
        }

        if (definition.SendBy <= now)
        {
            return MailingErrors.SendByPast();
        }

        if (definition.SendAt is { } sendAt && definition.SendBy <= sendAt)
        {
            return MailingErrors.SendByBeforeSendAt();
        }

        if (definition.Sender is null || (email && (!IsAddress(definition.Sender.Address)
            || (definition.Sender.ReturnPath is { } returnPath && !IsAddress(returnPath)))))
        {
            return MailingErrors.SenderInvalid();
        }

        return null;
    }

    /// <summary>Whether <paramref name="address"/> is one bare mailbox address (local@domain, no display name, no CR/LF).</summary>
    internal static bool IsAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 254 || address.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return false;
        }

        return MailboxAddress.TryParse(address, out var mailbox)
            && string.Equals(mailbox.Address, address.Trim(), StringComparison.Ordinal)
            && mailbox.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
            && at < mailbox.Address.Length - 1
            && mailbox.Domain.Contains('.', StringComparison.Ordinal);
    }
}
