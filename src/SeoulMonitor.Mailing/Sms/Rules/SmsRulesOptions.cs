namespace SeoulMonitor.Mailing.Sms.Rules;

/// <summary>The SMS rules' settings (section <c>Mailing:Sms</c>).</summary>
public sealed class SmsRulesOptions
{
    /// <summary>The configuration section under the mail engine's section.</summary>
    public const string SectionName = "Sms";

    /// <summary>The most sender numbers one deployment registers.</summary>
    public const int SenderNumbersMaxCount = 100;

    /// <summary>
    /// The caller numbers registered with the carriers (전기통신사업법 84조의2): an SMS campaign whose sender is not one of
    /// them is refused at creation (<c>sms.sender.unregistered</c>). Written in any usual form (<c>02-120-0000</c>,
    /// <c>1588-1234</c>); each must be a valid caller number (<see cref="Numbers.SmsSenderNumber"/>). Default: none,
    /// so no SMS campaign can be created until numbers are configured.
    /// </summary>
    public IList<string> SenderNumbers { get; } = [];

    /// <summary>Collects the settings that are out of range.</summary>
    internal void Validate(ICollection<string> failures)
    {
        if (SenderNumbers.Count > SenderNumbersMaxCount)
        {
            failures.Add($"Mailing:Sms:SenderNumbers holds {SenderNumbers.Count} numbers; at most {SenderNumbersMaxCount}.");
        }

        foreach (var number in SenderNumbers)
        {
            if (Numbers.SmsSenderNumber.Normalize(number) is { IsSuccess: false } refused)
            {
                failures.Add($"Mailing:Sms:SenderNumbers: {refused.Error.Message}");
            }
        }
    }
}
