using MimeKit;
using SeoulMonitor.Mailing.Tests.Fakes;
using SeoulMonitor.Mailing.Transport;

namespace SeoulMonitor.Mailing.Tests.Transport;

public sealed class PickupDirectoryConnectionTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pickup-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Send_Message_WritesOneCompleteEmlThatMimeKitParses()
    {
        var factory = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = _root });
        using var connection = factory.Open(Ct);

        var result = connection.Send(TestMessages.Create("m1@campaign.test", bodyBytes: 20_480), TestMessages.Sender(), TestMessages.Recipient("to@example.test"), Ct);

        Assert.Equal((SendOutcomeKind.Accepted, 250, "m1@campaign.test.eml"), (result.Kind, result.StatusCode, result.Reply));
        var file = Assert.Single(Directory.GetFiles(_root));
        Assert.Equal("m1@campaign.test.eml", Path.GetFileName(file));
        var parsed = MimeMessage.Load(file, Ct);
        Assert.Equal("m1@campaign.test", parsed.MessageId);
        Assert.Equal("<to@example.test>", parsed.Headers["X-Receiver"]);
        Assert.Equal("<sender@example.test>", parsed.Headers["X-Sender"]);
        using var body = new MemoryStream();
        var content = Assert.IsType<TextPart>(parsed.Body).Content;
        Assert.NotNull(content);
        content.DecodeTo(body, Ct);
        Assert.Equal(TestMessages.Body(20_480), body.ToArray());
    }

    [Fact]
    public void Send_ManyMessages_UniqueNamesAndNoTemporaryFilesLeft()
    {
        var factory = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = _root });
        using var connection = factory.Open(Ct);

        foreach (var id in new[] { "a@c.test", "b@c.test", "a/b@c.test", "a_b@c.test", "a b@c.test" })
        {
            Assert.Equal(SendOutcomeKind.Accepted, connection.Send(TestMessages.Create(id), TestMessages.Sender(), TestMessages.Recipient(), Ct).Kind);
        }

        var names = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        Assert.Equal(5, names.Distinct().Count());
        Assert.All(names, n => Assert.EndsWith(".eml", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Send_SameMessageIdTwice_ReplacesTheFileInsteadOfDuplicating()
    {
        using var connection = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = _root }).Open(Ct);

        connection.Send(TestMessages.Create("again@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);
        connection.Send(TestMessages.Create("again@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Single(Directory.GetFiles(_root));
    }

    [Fact]
    public void Send_DirectoryRemovedAfterOpen_TemporaryFailureWithoutThrowing()
    {
        using var connection = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = _root }).Open(Ct);
        Directory.Delete(_root);

        var result = connection.Send(TestMessages.Create("lost@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct);

        Assert.Equal((SendOutcomeKind.TemporaryFailure, 0), (result.Kind, result.StatusCode));
        Assert.Contains("DirectoryNotFoundException", result.Reply, StringComparison.Ordinal);
        Assert.True(connection.IsUsable);
    }

    [Fact]
    public void Open_DirectoryMissing_CreatesIt()
    {
        var nested = Path.Combine(_root, "a", "b");

        using var connection = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = nested }).Open(Ct);

        Assert.True(Directory.Exists(nested));
        Assert.True(connection.IsUsable);
    }

    [Fact]
    public void Open_PathIsAFile_Throws()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "not-a-directory");
        File.WriteAllText(file, "x");

        var factory = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = file });

        Assert.ThrowsAny<IOException>(() => factory.Open(Ct));
    }

    [Fact]
    public void Dispose_ThenSend_Throws()
    {
        var connection = new PickupDirectoryConnectionFactory(new PickupDirectoryOptions { Directory = _root }).Open(Ct);
        connection.Dispose();

        Assert.False(connection.IsUsable);
        Assert.Throws<ObjectDisposedException>(() => connection.Send(TestMessages.Create("x@c.test"), TestMessages.Sender(), TestMessages.Recipient(), Ct));
    }
}
