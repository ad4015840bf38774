using System.Security.Cryptography;
using System.Text;

namespace SeoulMonitor.Core.Monitors;

/// <summary>The exact text of a consent notice, as shown to applicants, and its hash.</summary>
public static class ConsentNoticeText
{
    /// <summary>Composes the text shown from the five items of the notice.</summary>
    public static string Compose(string purpose, string itemsCollected, string retentionPeriod, string refusalRight, string refusalConsequence) =>
        $"1. 수집·이용 목적 (Purpose): {purpose}\n" +
        $"2. 수집 항목 (Items collected): {itemsCollected}\n" +
        $"3. 보유·이용 기간 (Retention period): {retentionPeriod}\n" +
        $"4. 동의를 거부할 권리 (Right to refuse): {refusalRight}\n" +
        $"5. 거부 시 불이익 (Consequence of refusal): {refusalConsequence}";

    /// <summary>The SHA-256 of the UTF-8 text, lower-case hex.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
