using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

/// <summary>Rotating the VERP key: previous keys still verify, new tokens use the current key only, a removed key is forged.</summary>
public sealed class ReturnPathTokenRotationTests
{
    private static readonly Guid Campaign = Guid.Parse("0e1d2c3b-4a59-6877-8695-a4b3c2d1e0f1");
    private static readonly byte[] OldKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] NewKey = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];

    [Fact]
    public void ParseToken_SignedWithAPreviousKey_Accepted()
    {
        var before = new ReturnPathTokens(OldKey, "bounces", "b.example");
        var rotated = new ReturnPathTokens(NewKey, "bounces", "b.example", [OldKey]);

        var parsed = rotated.ParseToken(before.CreateToken(Campaign, 42));

        Assert.True(parsed.IsSuccess, parsed.Error?.Code);
        Assert.Equal(new BounceReference(Campaign, 42), parsed.Value);
    }

    [Fact]
    public void CreateToken_AfterRotation_SignedWithTheCurrentKeyOnly()
    {
        var rotated = new ReturnPathTokens(NewKey, "bounces", "b.example", [OldKey]);
        var token = rotated.CreateToken(Campaign, 7);

        Assert.True(new ReturnPathTokens(NewKey, "bounces", "b.example").ParseToken(token).IsSuccess);
        Assert.Equal("bounce.token.forged", new ReturnPathTokens(OldKey, "bounces", "b.example").ParseToken(token).Error?.Code);
    }

    [Fact]
    public void ParseToken_SignedWithARemovedKey_Forged()
    {
        var token = new ReturnPathTokens(OldKey, "bounces", "b.example").CreateToken(Campaign, 7);

        Assert.Equal("bounce.token.forged", new ReturnPathTokens(NewKey, "bounces", "b.example").ParseToken(token).Error?.Code);
    }

    [Fact]
    public void FromOptions_PreviousSigningKeys_VerifyTokensOfTheOldKey()
    {
        var options = new BounceOptions { Domain = "b.example", SigningKey = Convert.ToBase64String(NewKey) };
        options.PreviousSigningKeys.Add(Convert.ToBase64String(OldKey));
        var old = new ReturnPathTokens(OldKey, "bounces", "b.example").CreateAddress(Campaign, 3);

        Assert.True(ReturnPathTokens.FromOptions(options)!.ParseAddress(old).IsSuccess);
    }

    [Fact]
    public void Constructor_PreviousKeyTooShort_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReturnPathTokens(NewKey, "bounces", "b.example", [new byte[BounceOptions.MinimumKeyBytes - 1]]));

    [Theory]
    [InlineData("short", false)]
    [InlineData("duplicate", false)]
    [InlineData("current", false)]
    [InlineData("too-many", false)]
    [InlineData("at-most", true)]
    [InlineData("minimum-length", true)]
    public void Validate_PreviousSigningKeys_Rules(string kind, bool valid)
    {
        var options = new BounceOptions { Domain = "b.example", SigningKey = Convert.ToBase64String(NewKey) };
        string Key(int seed) => Convert.ToBase64String([.. Enumerable.Range(seed, 32).Select(i => (byte)i)]);
        string[] previous = kind switch
        {
            "short" => [Convert.ToBase64String(new byte[BounceOptions.MinimumKeyBytes - 1])],
            "minimum-length" => [Convert.ToBase64String(new byte[BounceOptions.MinimumKeyBytes])],
            "duplicate" => [Key(1), Key(1)],
            "current" => [Convert.ToBase64String(NewKey)],
            "too-many" => [.. Enumerable.Range(0, BounceOptions.MaxPreviousKeys + 1).Select(Key)],
            _ => [.. Enumerable.Range(0, BounceOptions.MaxPreviousKeys).Select(Key)],
        };
        foreach (var key in previous)
        {
            options.PreviousSigningKeys.Add(key);
        }

        var failures = new List<string>();
        options.Validate(failures);

        Assert.True(valid == (failures.Count == 0), string.Join("; ", failures));
    }
}
