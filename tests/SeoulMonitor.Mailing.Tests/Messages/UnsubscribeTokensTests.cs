using SeoulMonitor.Mailing.Messages;

namespace SeoulMonitor.Mailing.Tests.Messages;

public sealed class UnsubscribeTokensTests
{
    private readonly UnsubscribeTokens _tokens = new(MessageFixture.UnsubscribeKey);

    [Fact]
    public void TryValidate_CreatedToken_ReturnsCampaignAndRecipient()
    {
        var campaign = Guid.NewGuid();
        var token = _tokens.Create(campaign, "시민-0042");

        Assert.True(_tokens.TryValidate(token, out var c, out var r));
        Assert.Equal(campaign, c);
        Assert.Equal("시민-0042", r);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void TryValidate_EveryFlippedCharacter_Fails()
    {
        var token = _tokens.Create(MessageFixture.CampaignId, "r-1");
        for (var i = 0; i < token.Length; i++)
        {
            var chars = token.ToCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            Assert.False(_tokens.TryValidate(new string(chars), out _, out _), $"position {i}");
        }
    }

    [Fact]
    public void TryValidate_OtherKey_Fails()
    {
        var other = new UnsubscribeTokens(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.False(other.TryValidate(_tokens.Create(MessageFixture.CampaignId, "r-1"), out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("AAAA")]
    public void TryValidate_Garbage_FailsWithoutThrowing(string? token)
    {
        Assert.False(_tokens.TryValidate(token, out _, out var recipient));
        Assert.Null(recipient);
    }

    [Fact]
    public void TryValidate_HugeToken_Fails() => Assert.False(_tokens.TryValidate(new string('A', 100_000), out _, out _));

    [Fact]
    public void Constructor_ShortKey_Throws() => Assert.Throws<ArgumentException>(() => new UnsubscribeTokens(new byte[31]));

    [Fact]
    public void FromOptions_ValidOptions_ValidatesTokensOfSameKey()
    {
        var fromOptions = UnsubscribeTokens.FromOptions(MessageFixture.Unsubscribe());

        Assert.True(fromOptions.TryValidate(_tokens.Create(MessageFixture.CampaignId, "r-9"), out _, out var recipient));
        Assert.Equal("r-9", recipient);
    }
}
