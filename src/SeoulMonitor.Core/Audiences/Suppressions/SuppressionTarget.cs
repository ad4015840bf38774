using System.Buffers;
using SeoulMonitor.Core.Audiences.Subscribers;
using SeoulMonitor.Core.Common;
using SeoulMonitor.Mailing.Campaigns;

namespace SeoulMonitor.Core.Audiences.Suppressions;

/// <summary>
/// What a suppression names: a normalised address and its hash, or a bare hash. Addresses are normalised with
/// <see cref="SubscriberAddress"/> (e-mail lower-cased; mobile as 11 digits), so an entry matches the subscriber however
/// the address was written. A hash is accepted in upper or lower case and stored lower-case.
/// </summary>
/// <param name="Hash">SHA-256 (lower-case hex) of the normalised address.</param>
/// <param name="Address">The normalised address, or null when only the hash was given.</param>
public readonly record struct SuppressionTarget(string Hash, string? Address)
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdef");

    /// <summary>The target of an address on a channel, or the address's validation error.</summary>
    public static Result<SuppressionTarget> OfAddress(DeliveryChannel channel, string? address)
    {
        var normalised = Normalise(channel, address);
        return normalised.IsSuccess ? new SuppressionTarget(AddressHash.Of(normalised.Value), normalised.Value) : normalised.Error;
    }

    /// <summary>The target of a bare hash, or <c>suppression.hash.invalid</c>.</summary>
    public static Result<SuppressionTarget> OfHash(string? hash)
    {
        var text = hash?.Trim().ToLowerInvariant();
        return text is { Length: 64 } && !text.AsSpan().ContainsAnyExcept(Hex)
            ? new SuppressionTarget(text, null)
            : SuppressionErrors.HashInvalid;
    }

    /// <summary>Either an address or a hash (exactly one).</summary>
    public static Result<SuppressionTarget> Of(DeliveryChannel channel, string? address, string? hash) =>
        string.IsNullOrWhiteSpace(address) == string.IsNullOrWhiteSpace(hash) ? SuppressionErrors.AddressRequired
        : string.IsNullOrWhiteSpace(hash) ? OfAddress(channel, address)
        : OfHash(hash);

    /// <summary>The normalised address of a channel (e-mail or mobile rules).</summary>
    public static Result<string> Normalise(DeliveryChannel channel, string? address) =>
        channel == DeliveryChannel.Sms ? SubscriberAddress.Mobile(address) : SubscriberAddress.Email(address);
}
