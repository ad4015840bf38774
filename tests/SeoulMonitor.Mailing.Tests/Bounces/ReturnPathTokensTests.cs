using SeoulMonitor.Mailing.Bounces;

namespace SeoulMonitor.Mailing.Tests.Bounces;

public sealed class ReturnPathTokensTests
{
    private static readonly Guid Campaign = Guid.Parse("0e1d2c3b-4a59-6877-8695-a4b3c2d1e0f1");

    [Theory]
    [InlineData(1L)]
    [InlineData(123_456L)]
    [InlineData(ReturnPathTokens.MaxSequence)]
    public void ParseAddress_CreatedAddress_RoundTrips(long sequence)
    {
        var tokens = BounceTestData.Tokens();

        var address = tokens.CreateAddress(Campaign, sequence);
        var parsed = tokens.ParseAddress(address);

        Assert.True(parsed.IsSuccess, parsed.Error?.Code);
        Assert.Equal(new BounceReference(Campaign, sequence), parsed.Value);
    }

    [Fact]
    public void CreateToken_Always_FiftyLowerCaseBase32Characters()
    {
        var token = BounceTestData.Tokens().CreateToken(Campaign, ReturnPathTokens.MaxSequence);

        Assert.Equal(ReturnPathTokens.TokenLength, token.Length);
        Assert.Matches("^[a-z2-7]{50}$", token);
    }

    [Fact]
    public void CreateAddress_LongestLocalPart_LocalPartIs64Octets()
    {
        var local = new string('b', BounceOptions.MaxReturnPathLocalPartLength);
        var tokens = new ReturnPathTokens(Convert.FromBase64String(BounceTestData.SigningKey), local, "bounces.seoul.example");

        var address = tokens.CreateAddress(Campaign, 7);

        Assert.Equal(BounceOptions.MaxLocalPartOctets, address.IndexOf('@', StringComparison.Ordinal));
    }

    [Fact]
    public void ParseAddress_UpperCasedByAnMta_StillValid()
    {
        var tokens = BounceTestData.Tokens();

        var parsed = tokens.ParseAddress(tokens.CreateAddress(Campaign, 42).ToUpperInvariant());

        Assert.True(parsed.IsSuccess);
        Assert.Equal(42, parsed.Value.Sequence);
    }

    [Fact]
    public void ParseToken_OtherKey_Forged()
    {
        var other = new ReturnPathTokens(new byte[32], "bounces", "bounces.seoul.example");

        var parsed = BounceTestData.Tokens().ParseToken(other.CreateToken(Campaign, 1));

        Assert.Equal("bounce.token.forged", parsed.Error?.Code);
    }

    [Fact]
    public void ParseToken_OneCharacterChanged_Forged()
    {
        var token = BounceTestData.Tokens().CreateToken(Campaign, 9).ToCharArray();
        token[20] = token[20] == 'a' ? 'b' : 'a';

        Assert.Equal("bounce.token.forged", BounceTestData.Tokens().ParseToken(new string(token)).Error?.Code);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("unknown.e3df7b88d932")]
    [InlineData("dz6qywz2f5oexdlop6ajdivtyqaaaaaaafcsmdxv7kjorjaor1")]
    [InlineData("dz6qywz2f5oexdlop6ajdivtyqaaaaaaafcsmdxv7kjorjaoruu")]
    public void ParseToken_NotATokenShape_Malformed(string token) =>
        Assert.Equal("bounce.token.malformed", BounceTestData.Tokens().ParseToken(token).Error?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bounces@bounces.seoul.example")]
    [InlineData("news+abc@bounces.seoul.example")]
    public void ParseAddress_NoToken_Missing(string? address) =>
        Assert.Equal("bounce.token.missing", BounceTestData.Tokens().ParseAddress(address).Error?.Code);

    [Theory]
    [InlineData(0L)]
    [InlineData(ReturnPathTokens.MaxSequence + 1)]
    public void CreateToken_SequenceOutOfRange_Throws(long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BounceTestData.Tokens().CreateToken(Campaign, sequence));

    [Fact]
    public void Constructor_KeyOf31Bytes_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReturnPathTokens(new byte[31], "bounces", "bounces.seoul.example"));
}
