using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class PickupFileNameTests
{
    [Theory]
    [InlineData("c1.r42@mail.seoul.test", "c1.r42@mail.seoul.test.eml")]
    [InlineData("a+b-c@x.test", "a+b-c@x.test.eml")]
    public void For_SafeMessageId_UsedAsIs(string id, string expected) => Assert.Equal(expected, PickupFileName.For(id));

    [Theory]
    [InlineData("a/b@x.test")]
    [InlineData("../../etc@x.test")]
    [InlineData(".hidden@x.test")]
    [InlineData("a b\\c:d*e?@x.test")]
    public void For_UnsafeCharacters_ReplacedAndHashedSoTheNameStaysInTheDirectory(string id)
    {
        var name = PickupFileName.For(id);

        Assert.Equal(name, Path.GetFileName(name));
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.False(name.StartsWith('.'));
        Assert.Matches("^[A-Za-z0-9._@+-]+-[0-9a-f]{16}\\.eml$", name);
    }

    [Fact]
    public void For_IdsDifferingOnlyInReplacedCharacters_DifferentNames()
        => Assert.NotEqual(PickupFileName.For("a/b@x.test"), PickupFileName.For("a_b@x.test"));

    [Fact]
    public void For_VeryLongId_BoundedLength()
        => Assert.InRange(PickupFileName.For(new string('x', 1000) + "@x.test").Length, 1, 200);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void For_NoMessageId_UniqueGeneratedNames(string? id)
        => Assert.NotEqual(PickupFileName.For(id), PickupFileName.For(id));
}
