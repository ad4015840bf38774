using System.Globalization;
using System.Runtime.CompilerServices;
using SeoulMonitor.Core.Audiences.Resolution;
using SeoulMonitor.Mailing.Audience;

namespace SeoulMonitor.Core.Mailing;

/// <summary>
/// The mail engine's audience source over consenting subscribers (<c>list:{key}</c>, <c>segment:{id}</c>): streams
/// <see cref="AudienceResolver"/> in subscriber-id order. Recipient id <c>sub:{PublicId}</c>; the address of the
/// audience's channel; merge fields from the subscriber's attributes plus <c>district</c> and <c>province</c>; the
/// consent id is the id of the consent that allows the send (decimal text).
/// </summary>
public sealed class SubscriberRecipientSource : IRecipientSource
{
    /// <summary>The prefix of this source's recipient ids.</summary>
    public const string RecipientPrefix = "sub:";

    private readonly AudienceResolver _resolver;

    /// <summary>Creates the source.</summary>
    public SubscriberRecipientSource(AudienceResolver resolver) => _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));

    /// <summary>The recipients of <paramref name="audienceKey"/>.</summary>
    /// <exception cref="ArgumentException">The key is not a subscriber audience, or its list or segment does not exist.</exception>
    public async IAsyncEnumerable<Recipient> ReadAsync(string audienceKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var member in _resolver.ReadAsync(audienceKey, cancellationToken).ConfigureAwait(false))
        {
            yield return ToRecipient(member);
        }
    }

    /// <summary>The engine's recipient id of a subscriber.</summary>
    public static string RecipientId(Guid publicId) => RecipientPrefix + publicId.ToString("D");

    /// <summary>The subscriber's public id in a recipient id of this source, when it is one.</summary>
    public static bool TryParseRecipientId(string? recipientId, out Guid publicId)
    {
        publicId = Guid.Empty;
        return recipientId is not null && recipientId.StartsWith(RecipientPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(recipientId.AsSpan(RecipientPrefix.Length), "D", out publicId);
    }

    internal static Recipient ToRecipient(AudienceMember member)
    {
        var fields = new Dictionary<string, string>(member.Traits.Count + 2, StringComparer.Ordinal);
        foreach (var (name, value) in member.Traits)
        {
            fields[name] = value;
        }

        fields["district"] = member.District ?? "";
        fields["province"] = member.ProvinceCode ?? "";
        return new Recipient(RecipientId(member.PublicId), member.Address, fields, member.ConsentId.ToString(CultureInfo.InvariantCulture));
    }
}
